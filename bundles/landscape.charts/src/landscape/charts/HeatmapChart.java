/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import landscape.charts.internal.ContourLevels;
import landscape.charts.internal.ExportMenu;
import landscape.charts.internal.GcDrawing;
import landscape.charts.internal.HeatmapLayout;
import landscape.charts.internal.HeatmapPainter;
import landscape.charts.internal.HeatmapScene;
import landscape.charts.internal.MarchingSquares;

/**
 * A colour-mapped picture of a {@link Grid}, such as a loss surface over two directions, with a
 * colour bar, contour lines, point markers with a legend, optimizer trajectories and direction
 * glyphs. The mouse shows (x, y, value) of the cell under it in a tooltip; the context menu
 * exports PNG, SVG and CSV (see {@link ChartExport}). Until a grid is set it shows a note saying
 * so. All methods must be called on the display thread.
 */
public class HeatmapChart extends Canvas {

    /** Contour lines drawn when the caller chooses no levels: enough to show the shape, few enough to read. */
    public static final int DEFAULT_CONTOUR_COUNT = 8;

    private static final String NO_GRID = "No grid to show yet";

    private Grid grid;

    private ColorMap colorMap = ColorMap.VIRIDIS;

    private AxisScale colorAxis = AxisScale.LINEAR;

    private ColorScale fixedScale;

    private double[] levels;

    private int automaticLevels = DEFAULT_CONTOUR_COUNT;

    private List<PointMarker> markers = List.of();

    private List<Trajectory> trajectories = List.of();

    private List<DirectionGlyph> glyphs = List.of();

    private HeatmapScene.Titles titles = new HeatmapScene.Titles("", "", "", "");

    private boolean equalScales;

    private HeatmapScene scene;

    public HeatmapChart(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(this::paint);
        addListener(SWT.MouseMove, event -> setToolTipText(readout(event.x, event.y)
                .map(readout -> readout.text(titles.value())).orElse(null)));
        ExportMenu.install(this, file -> ChartExport.writePng(this, file), file -> ChartExport.writeSvg(this, file),
                file -> ChartExport.writeCsv(this, file));
    }

    /** Shows {@code newGrid}; the colour range follows its values unless one was fixed. */
    public void setGrid(Grid newGrid) {
        grid = Objects.requireNonNull(newGrid, "grid");
        rebuild();
    }

    /** The grid shown, if any. */
    public Optional<Grid> grid() {
        return Optional.ofNullable(grid);
    }

    /** Maps values to colours linearly or logarithmically, over the grid's range of values. */
    public void setColorScale(AxisScale scale) {
        colorAxis = Objects.requireNonNull(scale, "colour scale");
        fixedScale = null;
        rebuild();
    }

    /** Fixes the colour range, for example to compare several heatmaps on one scale. */
    public void setColorScale(ColorScale scale) {
        fixedScale = Objects.requireNonNull(scale, "colour scale");
        colorAxis = scale.scale();
        rebuild();
    }

    public void setColorMap(ColorMap map) {
        colorMap = Objects.requireNonNull(map, "colour map");
        rebuild();
    }

    /** Draws contour lines at exactly these levels; none for an empty array. */
    public void setContourLevels(double... newLevels) {
        levels = Objects.requireNonNull(newLevels, "contour levels").clone();
        rebuild();
    }

    /** Draws about {@code count} contour lines at levels chosen from the colour scale; 0 for none. */
    public void setAutomaticContours(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("contour count is " + count + "; expected 0 or more");
        }
        automaticLevels = count;
        levels = null;
        rebuild();
    }

    public void setMarkers(List<PointMarker> newMarkers) {
        markers = List.copyOf(newMarkers);
        rebuild();
    }

    public void setTrajectories(List<Trajectory> newTrajectories) {
        trajectories = List.copyOf(newTrajectories);
        rebuild();
    }

    public void setGlyphs(List<DirectionGlyph> newGlyphs) {
        glyphs = List.copyOf(newGlyphs);
        rebuild();
    }

    /**
     * Draws a unit of x as long as a unit of y, for axes in the same unit (two weights, say): the
     * angles and the elongation of contours then read true, and the plot leaves part of the
     * widget empty. Off by default: each axis is stretched to fill the widget.
     */
    public void setEqualScales(boolean equal) {
        equalScales = equal;
        rebuild();
    }

    /** The chart title, the axis titles and the name of the value (colour bar and read-out); "" for none. */
    public void setTitles(String chart, String x, String y, String value) {
        titles = new HeatmapScene.Titles(Objects.requireNonNull(chart, "chart title"),
                Objects.requireNonNull(x, "x axis title"), Objects.requireNonNull(y, "y axis title"),
                Objects.requireNonNull(value, "value title"));
        if (scene != null) {
            scene = scene.withTitles(titles);
        }
        redraw();
    }

    /** The cell under pixel (px, py) of this widget, or empty outside the plot or without a grid. */
    public Optional<HeatmapReadout> readout(int px, int py) {
        if (scene == null) {
            return Optional.empty();
        }
        HeatmapLayout layout = currentLayout();
        if (!layout.inPlot(px, py)) {
            return Optional.empty();
        }
        int column = HeatmapLayout.nearest(grid.x(), layout.dataX(px));
        int row = HeatmapLayout.nearest(grid.y(), layout.dataY(py));
        return Optional.of(new HeatmapReadout(grid.xAt(column), grid.yAt(row), grid.value(row, column), row, column));
    }

    /** The pixel of this widget where the data point (x, y) is drawn; for tests and overlays. */
    public Point pixelOf(double x, double y) {
        HeatmapLayout layout = currentLayout();
        return new Point(layout.px(x), layout.py(y));
    }

    /** What is shown, or empty before a grid is set. */
    Optional<HeatmapScene> scene() {
        return Optional.ofNullable(scene);
    }

    private HeatmapLayout currentLayout() {
        Point size = getSize();
        GC gc = new GC(this);
        GcDrawing drawing = new GcDrawing(gc);
        try {
            return new HeatmapPainter(scene).layout(drawing, size.x, size.y);
        } finally {
            drawing.dispose();
            gc.dispose();
        }
    }

    private void rebuild() {
        if (grid == null) {
            redraw();
            return;
        }

        ColorScale colorScale = fixedScale != null ? fixedScale : ColorScale.spanning(grid, colorAxis);
        double[] contourLevels = levels != null ? levels
                : automaticLevels == 0 ? new double[0] : ContourLevels.automatic(colorScale, automaticLevels);
        scene = new HeatmapScene(grid, colorMap, colorScale, new MarchingSquares(grid).contours(contourLevels), markers,
                trajectories, glyphs, titles, equalScales);
        redraw();
    }

    private void paint(PaintEvent event) {
        Point size = getSize();
        GcDrawing drawing = new GcDrawing(event.gc);
        try {
            if (scene == null) {
                drawing.setBackground(new RGB(255, 255, 255));
                drawing.fillRectangle(0, 0, size.x, size.y);
                drawing.setForeground(new RGB(90, 90, 90));
                drawing.drawText(NO_GRID, 10, 10, false);
                return;
            }
            new HeatmapPainter(scene).paint(drawing, size.x, size.y);
        } finally {
            drawing.dispose();
        }
    }
}
