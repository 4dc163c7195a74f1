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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees on a heatmap: the read-out under the mouse, the colours, the menu. */
class HeatmapChartTest {

    @TempDir
    Path folder;

    private static final int WIDTH = 500;

    private static final int HEIGHT = 420;

    @Test
    void hoverShowsTheValueOfTheCellUnderTheMouse() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            Grid grid = Grid.sample(0, 4, 5, 0, 2, 3, (x, y) -> 10 * y + x);
            chart.setGrid(grid);
            chart.setTitles("", "w1", "w2", "loss");
            screen.open();

            // The node (x = 3, y = 1) is cell row 1, column 3, value 13.
            Point pixel = chart.pixelOf(3, 1);
            Optional<HeatmapReadout> readout = chart.readout(pixel.x, pixel.y);
            assertTrue(readout.isPresent(), "a read-out inside the plot at " + pixel);
            assertEquals(13, readout.get().value(), 0, "value of the cell under the mouse");
            assertEquals(1, readout.get().row(), "row of the cell");
            assertEquals(3, readout.get().column(), "column of the cell");

            Event move = new Event();
            move.x = pixel.x;
            move.y = pixel.y;
            chart.notifyListeners(SWT.MouseMove, move);
            assertNotNull(chart.getToolTipText(), "a tooltip after moving over the plot");
            assertEquals("x = 3.000, y = 1.000, loss = 13.00", chart.getToolTipText(), "tooltip read-out");
        }
    }

    @Test
    void equalScalesDrawAUnitOfXAsLongAsAUnitOfY() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            // Twice as wide as high in data units: [-2, 2] x [-1, 1], like the six-hump camel.
            chart.setGrid(Grid.sample(-2, 2, 41, -1, 1, 21, (x, y) -> x * x + y * y));
            chart.setTitles("", "w1", "w2", "loss");
            screen.open();
            double stretchedX = chart.pixelOf(1, 0).x - chart.pixelOf(0, 0).x;
            double stretchedY = chart.pixelOf(0, 0).y - chart.pixelOf(0, 1).y;
            assertTrue(stretchedY > 1.5 * stretchedX, "by default each axis fills the widget: a unit is "
                    + stretchedX + " px across and " + stretchedY + " px up");

            chart.setEqualScales(true);
            double unitX = chart.pixelOf(1, 0).x - chart.pixelOf(0, 0).x;
            double unitY = chart.pixelOf(0, 0).y - chart.pixelOf(0, 1).y;
            assertEquals(unitX, unitY, 1.0, "with equal scales a unit is as long across as up");
            assertEquals(stretchedX, unitX, 1.0, "the wide axis keeps its length; the plot gets lower");
        }
    }

    @Test
    void hoverOutsideThePlotShowsNothing() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(Grid.sample(0, 4, 5, 0, 2, 3, (x, y) -> x));
            screen.open();

            assertTrue(chart.readout(1, 1).isEmpty(), "no read-out over the margin");
        }
    }

    @Test
    void noDataCellReadsAsNoData() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(new Grid(new double[] { 0, 1 }, new double[] { 0, 1 },
                    new double[][] { { 1, Double.NaN }, { 3, 4 } }));
            screen.open();

            Point pixel = chart.pixelOf(1, 0);
            assertTrue(chart.readout(pixel.x, pixel.y).orElseThrow().text("loss").endsWith("loss = no data"),
                    "read-out of the NaN cell");
        }
    }

    @Test
    void logColourScaleDrawsZeroAsNoDataAndSpreadsDecades() throws IOException {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(new Grid(new double[] { 0, 1, 2 }, new double[] { 0, 1 },
                    new double[][] { { 0, 1, 10 }, { 100, 1000, -5 } }));
            chart.setColorScale(AxisScale.LOG);
            chart.setAutomaticContours(0);
            screen.open();
            Path file = folder.resolve("log.png");

            ChartExport.writePng(chart, file);

            ImageData image;
            try (InputStream in = Files.newInputStream(file)) {
                image = new ImageLoader().load(in)[0];
            }
            assertEquals(ColorMap.NO_DATA, colourAt(chart, image, 0, 0), "the cell with value 0");
            assertEquals(ColorMap.NO_DATA, colourAt(chart, image, 2, 1), "the cell with value -5");
            assertEquals(ColorMap.VIRIDIS.color(0), colourAt(chart, image, 1, 0), "1, the smallest positive value");
            assertEquals(ColorMap.VIRIDIS.color(1), colourAt(chart, image, 1, 1), "1000, the largest value");
            assertEquals(ColorMap.VIRIDIS.color(2 / 3.0), colourAt(chart, image, 0, 1), "100, two decades of three");
        }
    }

    @Test
    void contextMenuOffersTheThreeExports() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart heatmap = new HeatmapChart(screen.shell(), SWT.NONE);
            SurfaceView surface = new SurfaceView(screen.shell(), SWT.NONE);
            LineChart line = new LineChart(screen.shell(), SWT.NONE);
            Control linePlot = line.chart().getPlotArea().getControl();

            for (Control chart : List.of(heatmap, surface, linePlot)) {
                List<String> items = Arrays.stream(chart.getMenu().getItems()).map(MenuItem::getText).toList();
                assertEquals(List.of("Export PNG...", "Export SVG...", "Export CSV..."), items,
                        "context menu of " + chart.getClass().getSimpleName());
            }
        }
    }

    private static RGB colourAt(HeatmapChart chart, ImageData image, double x, double y) {
        Point pixel = chart.pixelOf(x, y);
        return image.palette.getRGB(image.getPixel(pixel.x, pixel.y));
    }

    @Test
    void automaticContoursFollowTheColourScale() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(Grid.sample(-2, 2, 41, -2, 2, 41, (x, y) -> x * x + y * y));
            chart.setContourLevels(1, 2);

            assertEquals(2, chart.scene().orElseThrow().contours().size(), "one closed circle per chosen level");

            chart.setAutomaticContours(0);
            assertTrue(chart.scene().orElseThrow().contours().isEmpty(), "no contours when none are asked for");
        }
    }
}
