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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The three charts side by side as an experiment view would show them: a heatmap of a
 * Rosenbrock valley on a log colour scale with critical points, eigenvector glyphs and two
 * trajectories (one diverged), the same surface in 3-D, and a learning curve on a log axis with
 * a "best epoch" marker. Each is exported to PNG and SVG, and the three PNGs are put side by
 * side in {@code demo.png}, in the folder the system property {@code landscape.charts.demoDir}
 * names (the build sets {@code target/demo}), for a person to look at.
 */
class ChartDemoTest {

    private static final int WIDTH = 1560;

    private static final int HEIGHT = 520;

    @Test
    void allThreeChartsExportToPngAndSvg() throws IOException {
        Path folder = Path.of(System.getProperty("landscape.charts.demoDir", "target/demo"));
        Files.createDirectories(folder);
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            screen.shell().setLayout(new GridLayout(3, true));
            HeatmapChart heatmap = ChartExportTest.heatmap(screen);
            heatmap.setTitles("Rosenbrock loss", "w1", "w2", "loss");
            SurfaceView surface = new SurfaceView(screen.shell(), SWT.NONE);
            surface.setGrid(TestScenes.rosenbrock(81, 81));
            surface.setColorScale(AxisScale.LOG);
            surface.setAxisTitles("w1", "w2", "loss");
            LineChart curve = ChartExportTest.lineChart(screen);
            curve.setTitle("Learning curve");
            curve.appendPoints("validation", new double[] { 30, 31 }, new double[] { 0.45, 0.5 });
            for (var control : screen.shell().getChildren()) {
                control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            }
            screen.open();

            ChartExport.writePng(heatmap, folder.resolve("heatmap.png"));
            ChartExport.writePng(surface, folder.resolve("surface.png"));
            ChartExport.writePng(curve, folder.resolve("curve.png"));
            ChartExport.writeSvg(heatmap, folder.resolve("heatmap.svg"));
            ChartExport.writeSvg(surface, folder.resolve("surface.svg"));
            ChartExport.writeSvg(curve, folder.resolve("curve.svg"));
            Path demo = folder.resolve("demo.png");
            sideBySide(List.of(folder.resolve("heatmap.png"), folder.resolve("surface.png"),
                    folder.resolve("curve.png")), demo);

            ImageData picture = load(demo);
            assertEquals(heatmap.getSize().y, picture.height, "demo picture height");
            assertTrue(picture.width >= WIDTH - 40, "demo picture holds all three charts: width " + picture.width);
        }
    }

    private static void sideBySide(List<Path> parts, Path target) throws IOException {
        Display display = Display.getDefault();
        List<ImageData> images = new ArrayList<>();
        for (Path part : parts) {
            images.add(load(part));
        }
        int width = images.stream().mapToInt(image -> image.width).sum();
        int height = images.stream().mapToInt(image -> image.height).max().orElse(1);

        Image combined = new Image(display, width, height);
        GC gc = new GC(combined);
        try {
            int x = 0;
            for (ImageData data : images) {
                Image part = new Image(display, data);
                gc.drawImage(part, x, 0);
                part.dispose();
                x += data.width;
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { combined.getImageData() };
            loader.save(target.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            combined.dispose();
        }
    }

    private static ImageData load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ImageLoader().load(in)[0];
        }
    }
}
