/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

import landscape.charts.internal.CsvTables;
import landscape.charts.internal.Drawing;
import landscape.charts.internal.GcDrawing;
import landscape.charts.internal.HeatmapPainter;
import landscape.charts.internal.HeatmapScene;
import landscape.charts.internal.LineChartSvg;
import landscape.charts.internal.SurfacePainter;
import landscape.charts.internal.SvgDrawing;

/**
 * Writes charts to files: PNG (the widget at its current size), SVG (redrawn from the chart's
 * model: axes, lines, the heatmap image as an embedded PNG, contours, markers, text) and CSV (the
 * data). CSV is long format with a header row: {@code series,x,y} for line charts and
 * {@code x,y,value} for grids, row by row with y increasing and x increasing within a row; the
 * read methods load both back. All methods that take a widget must be called on the display
 * thread; the charts' context menus call them too.
 */
public final class ChartExport {

    private ChartExport() {
    }

    public static void writePng(LineChart chart, Path file) throws IOException {
        chart.flush();
        Point size = size(chart);
        Image image = new Image(chart.getDisplay(), size.x, size.y);
        try {
            chart.chart().renderOffscreenImage(image);
            savePng(image.getImageData(), file);
        } finally {
            image.dispose();
        }
    }

    public static void writePng(HeatmapChart chart, Path file) throws IOException {
        HeatmapPainter painter = new HeatmapPainter(scene(chart));
        paintPng(chart, file, drawing -> painter.paint(drawing, chart.getSize().x, chart.getSize().y));
    }

    public static void writePng(SurfaceView view, Path file) throws IOException {
        SurfacePainter painter = view.painter().orElseThrow(() -> noGrid("surface view"));
        paintPng(view, file, drawing -> painter.paint(drawing, view.getSize().x, view.getSize().y, view.wireframe()));
    }

    public static void writeSvg(LineChart chart, Path file) throws IOException {
        chart.flush();
        LineChartSvg svg = new LineChartSvg(chart.chart(), chart.markerLayer(), chart.hiddenPointsNote());
        paintSvg(chart, file, svg::paint);
    }

    public static void writeSvg(HeatmapChart chart, Path file) throws IOException {
        HeatmapPainter painter = new HeatmapPainter(scene(chart));
        paintSvg(chart, file, drawing -> painter.paint(drawing, chart.getSize().x, chart.getSize().y));
    }

    public static void writeSvg(SurfaceView view, Path file) throws IOException {
        SurfacePainter painter = view.painter().orElseThrow(() -> noGrid("surface view"));
        paintSvg(view, file, drawing -> painter.paint(drawing, view.getSize().x, view.getSize().y, view.wireframe()));
    }

    /** The chart's series as {@code series,x,y}. */
    public static void writeCsv(LineChart chart, Path file) throws IOException {
        writeCsv(chart.series(), file);
    }

    /** The chart's grid as {@code x,y,value}. */
    public static void writeCsv(HeatmapChart chart, Path file) throws IOException {
        writeCsv(chart.grid().orElseThrow(() -> noGrid("heatmap")), file);
    }

    /** The view's grid as {@code x,y,value}. */
    public static void writeCsv(SurfaceView view, Path file) throws IOException {
        writeCsv(view.grid().orElseThrow(() -> noGrid("surface view")), file);
    }

    public static void writeCsv(List<Series> series, Path file) throws IOException {
        CsvTables.writeSeries(series, file);
    }

    public static void writeCsv(Grid grid, Path file) throws IOException {
        CsvTables.writeGrid(grid, file);
    }

    /** Reads series written by {@link #writeCsv(List, Path)}. */
    public static List<Series> readSeriesCsv(Path file) throws IOException {
        return CsvTables.readSeries(file);
    }

    /** Reads a grid written by {@link #writeCsv(Grid, Path)}. */
    public static Grid readGridCsv(Path file) throws IOException {
        return CsvTables.readGrid(file);
    }

    private static HeatmapScene scene(HeatmapChart chart) {
        return chart.scene().orElseThrow(() -> noGrid("heatmap"));
    }

    private static IllegalStateException noGrid(String what) {
        return new IllegalStateException("the " + what + " has no grid yet; set one before exporting");
    }

    private static Point size(Control control) {
        Point size = control.getSize();
        if (size.x <= 0 || size.y <= 0) {
            throw new IllegalStateException("the chart is " + size.x + " x " + size.y
                    + " pixels; expected a laid-out chart with a positive size");
        }
        return size;
    }

    private static void paintPng(Control control, Path file, Consumer<Drawing> paint) throws IOException {
        Point size = size(control);
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        GcDrawing drawing = new GcDrawing(gc);
        try {
            gc.setFont(control.getFont());
            paint.accept(drawing);
            drawing.dispose();
            gc.dispose();
            savePng(image.getImageData(), file);
        } finally {
            drawing.dispose();
            if (!gc.isDisposed()) {
                gc.dispose();
            }
            image.dispose();
        }
    }

    private static void paintSvg(Control control, Path file, Consumer<Drawing> paint) throws IOException {
        Point size = size(control);
        GC measure = new GC(control);
        try {
            SvgDrawing drawing = new SvgDrawing(size.x, size.y, measure);
            paint.accept(drawing);
            Files.writeString(file, drawing.document(), StandardCharsets.UTF_8);
        } finally {
            measure.dispose();
        }
    }

    private static void savePng(ImageData data, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        try (var out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        }
    }
}
