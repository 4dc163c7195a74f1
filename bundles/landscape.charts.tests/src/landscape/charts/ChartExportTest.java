/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG, SVG and CSV exports as a user opens them in another program. */
class ChartExportTest {

    private static final int WIDTH = 520;

    private static final int HEIGHT = 440;

    /** A chart image has at least this many colours; a blank or failed render has one or two. */
    private static final int MIN_COLOURS = 50;

    @TempDir
    Path folder;

    @Test
    void heatmapSvgIsXmlWithContoursMarkersTrajectoriesAndLabels() throws Exception {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = heatmap(screen);
            screen.open();
            Path file = folder.resolve("heatmap.svg");

            ChartExport.writeSvg(chart, file);

            Document svg = parse(file);
            assertEquals("svg", svg.getDocumentElement().getTagName(), "root element");
            Element contours = group(svg, "contours");
            assertTrue(contours.getElementsByTagName("polyline").getLength() > 0, "contour lines are polylines");
            assertEquals(2, groups(svg, "trajectory").size(), "both trajectories");
            assertEquals(1, groups(svg, "marker", "saddle").size(), "the saddle marker");
            assertEquals(1, group(svg, "heatmap").getElementsByTagName("image").getLength(), "the embedded image");
            List<String> texts = texts(svg);
            for (String label : List.of("w1", "w2", "loss", "saddle", "minimum", "GD lr=0.01 (diverged)")) {
                assertTrue(texts.contains(label), "text '" + label + "' in the SVG; found " + texts);
            }
        }
    }

    @Test
    void lineChartSvgHasTheSeriesPathsTitlesAndMarkerLabel() throws Exception {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = lineChart(screen);
            screen.open();
            Path file = folder.resolve("curve.svg");

            ChartExport.writeSvg(chart, file);

            Document svg = parse(file);
            List<Element> trains = groups(svg, "series", "train");
            assertEquals(1, trains.size(), "one group for the series 'train'");
            Element train = trains.get(0);
            assertEquals(1, train.getElementsByTagName("polyline").getLength(), "the train series is one polyline");
            String points = ((Element) train.getElementsByTagName("polyline").item(0)).getAttribute("points");
            assertEquals(30, points.split(" ").length, "one point per value of the series");
            List<String> texts = texts(svg);
            for (String label : List.of("epoch", "loss", "best epoch", "train", "validation")) {
                assertTrue(texts.contains(label), "text '" + label + "' in the SVG; found " + texts);
            }
        }
    }

    @Test
    void pngExportsHaveTheWidgetSizeAndShowAPicture() throws Exception {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            screen.shell().setLayout(new org.eclipse.swt.layout.FillLayout(SWT.HORIZONTAL));
            HeatmapChart heatmap = heatmap(screen);
            LineChart line = lineChart(screen);
            SurfaceView surface = new SurfaceView(screen.shell(), SWT.NONE);
            surface.setGrid(TestScenes.rosenbrock(40, 40));
            screen.open();

            assertPicture(folder.resolve("heatmap.png"), heatmap.getSize().x, heatmap.getSize().y,
                    file -> ChartExport.writePng(heatmap, file));
            assertPicture(folder.resolve("line.png"), line.getSize().x, line.getSize().y,
                    file -> ChartExport.writePng(line, file));
            assertPicture(folder.resolve("surface.png"), surface.getSize().x, surface.getSize().y,
                    file -> ChartExport.writePng(surface, file));
        }
    }

    @Test
    void csvRoundTripKeepsSeriesAndGridsExactly() throws IOException {
        List<Series> series = List.of(new Series("train, smoothed", new double[] { 0, 1, 2 },
                new double[] { 0.1, Double.NaN, 1e-300 }), new Series("val", new double[] { 5 }, new double[] { -3 }));
        Grid grid = new Grid(new double[] { -1, 0.5, 2 }, new double[] { 0, 1 },
                new double[][] { { 1, 2, 3 }, { Double.NaN, 0.1 + 0.2, -7 } });
        Path seriesFile = folder.resolve("series.csv");
        Path gridFile = folder.resolve("grid.csv");

        ChartExport.writeCsv(series, seriesFile);
        ChartExport.writeCsv(grid, gridFile);

        assertEquals("series,x,y", Files.readAllLines(seriesFile).get(0), "series header row");
        assertEquals("x,y,value", Files.readAllLines(gridFile).get(0), "grid header row");
        assertEquals(1 + 6, Files.readAllLines(gridFile).size(), "grid in long format: one line per cell");
        assertEquals(series, ChartExport.readSeriesCsv(seriesFile), "series read back");
        assertEquals(grid, ChartExport.readGridCsv(gridFile), "grid read back");
    }

    @Test
    void exportOfAChartNotYetLaidOutOrWithoutDataSaysWhy() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart empty = new HeatmapChart(screen.shell(), SWT.NONE);
            HeatmapChart unsized = heatmap(screen);
            unsized.setSize(0, 0);

            IllegalStateException noGrid = assertThrows(IllegalStateException.class,
                    () -> ChartExport.writeCsv(empty, folder.resolve("empty.csv")), "CSV of a heatmap without a grid");
            IllegalStateException noSize = assertThrows(IllegalStateException.class,
                    () -> ChartExport.writePng(unsized, folder.resolve("unsized.png")), "PNG of a 0 x 0 heatmap");

            assertTrue(noGrid.getMessage().contains("no grid"), "message: " + noGrid.getMessage());
            assertTrue(noSize.getMessage().contains("0 x 0 pixels"), "message: " + noSize.getMessage());
            assertFalse(Files.exists(folder.resolve("unsized.png")), "no file is left behind");
        }
    }

    /** A file writer that may fail, as the exports do. */
    @FunctionalInterface
    private interface Export {
        void write(Path file) throws IOException;
    }

    private static void assertPicture(Path file, int width, int height, Export export) throws IOException {
        export.write(file);

        ImageData image;
        try (InputStream in = Files.newInputStream(file)) {
            image = new ImageLoader().load(in)[0];
        }
        assertEquals(width, image.width, file.getFileName() + " width");
        assertEquals(height, image.height, file.getFileName() + " height");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() >= MIN_COLOURS, file.getFileName() + " has " + colours.size()
                + " colours; expected a drawn chart with at least " + MIN_COLOURS);
    }

    static HeatmapChart heatmap(TestShell screen) {
        HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
        chart.setGrid(TestScenes.rosenbrock(81, 81));
        chart.setColorScale(AxisScale.LOG);
        chart.setTitles("", "w1", "w2", "loss");
        chart.setMarkers(TestScenes.criticalPoints());
        chart.setTrajectories(List.of(TestScenes.descent(4000, 0.0005, "GD lr=5e-4"), TestScenes.diverged()));
        chart.setGlyphs(TestScenes.eigenvectors());
        return chart;
    }

    static LineChart lineChart(TestShell screen) {
        double[] epochs = new double[30];
        double[] train = new double[30];
        double[] validation = new double[30];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = i;
            train[i] = 2 * Math.exp(-i / 8.0);
            validation[i] = 2 * Math.exp(-i / 10.0) + 0.001 * (i - 15) * (i - 15);
        }
        LineChart chart = new LineChart(screen.shell(), SWT.NONE);
        chart.setSeries(List.of(new Series("train", epochs, train), new Series("validation", epochs, validation)));
        chart.setAxisTitles("epoch", "loss");
        chart.setScales(AxisScale.LINEAR, AxisScale.LOG);
        chart.setEventMarkers(List.of(new EventMarker(15, "best epoch")));
        return chart;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element group(Document svg, String kind) {
        List<Element> found = groups(svg, kind);
        assertEquals(1, found.size(), "groups of class '" + kind + "'");
        return found.get(0);
    }

    private static List<Element> groups(Document svg, String kind) {
        return groups(svg, kind, null);
    }

    /** The groups of one kind, and of one name unless {@code name} is null. */
    private static List<Element> groups(Document svg, String kind, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            boolean named = name == null || g.getAttribute("data-name").equals(name);
            if (g.getAttribute("class").equals(kind) && named) {
                found.add(g);
            }
        }
        return found;
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }
}
