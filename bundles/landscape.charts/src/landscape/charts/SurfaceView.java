/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import landscape.charts.internal.ExportMenu;
import landscape.charts.internal.GcDrawing;
import landscape.charts.internal.SurfaceCamera;
import landscape.charts.internal.SurfacePainter;

/**
 * A {@link Grid} as a rotatable 3-D surface, coloured and raised by the same colour map and
 * scale as a {@link HeatmapChart}: drag with the left button to turn it, use the wheel to zoom.
 * Filled quads with a faint mesh, or a wireframe. The context menu exports PNG, SVG and CSV (see
 * {@link ChartExport}). All methods must be called on the display thread.
 */
public class SurfaceView extends Canvas {

    private static final String NO_GRID = "No grid to show yet";

    private Grid grid;

    private ColorMap colorMap = ColorMap.VIRIDIS;

    private AxisScale colorAxis = AxisScale.LINEAR;

    private SurfaceCamera camera = SurfaceCamera.DEFAULT;

    private boolean wireframe;

    private String[] titles = { "", "", "" };

    private Point dragStart;

    public SurfaceView(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(this::paint);
        addListener(SWT.MouseDown, event -> dragStart = event.button == 1 ? new Point(event.x, event.y) : null);
        addListener(SWT.MouseUp, event -> dragStart = null);
        addListener(SWT.MouseMove, this::drag);
        addListener(SWT.MouseVerticalWheel, event -> {
            setCamera(camera.zoomed(Integer.signum(event.count)));
            event.doit = false;
        });
        ExportMenu.install(this, file -> ChartExport.writePng(this, file), file -> ChartExport.writeSvg(this, file),
                file -> ChartExport.writeCsv(this, file));
    }

    public void setGrid(Grid newGrid) {
        grid = Objects.requireNonNull(newGrid, "grid");
        redraw();
    }

    public Optional<Grid> grid() {
        return Optional.ofNullable(grid);
    }

    /** Colours and heights follow the values linearly or logarithmically. */
    public void setColorScale(AxisScale scale) {
        colorAxis = Objects.requireNonNull(scale, "colour scale");
        redraw();
    }

    public void setColorMap(ColorMap map) {
        colorMap = Objects.requireNonNull(map, "colour map");
        redraw();
    }

    /** Outlines only instead of filled quads. */
    public void setWireframe(boolean outlinesOnly) {
        wireframe = outlinesOnly;
        redraw();
    }

    public void setAxisTitles(String x, String y, String value) {
        titles = new String[] { Objects.requireNonNull(x, "x axis title"), Objects.requireNonNull(y, "y axis title"),
                Objects.requireNonNull(value, "value title") };
        redraw();
    }

    /** Turns the view to {@code yaw} degrees about the vertical and {@code elevation} degrees above the ground. */
    public void setView(double yaw, double elevation) {
        setCamera(new SurfaceCamera(yaw, elevation, camera.zoom()));
    }

    /** The view as {yaw, elevation, zoom}. */
    public double[] view() {
        return new double[] { camera.yaw(), camera.elevation(), camera.zoom() };
    }

    /** The painter for what is shown at the current view, or empty before a grid is set; for the exports. */
    Optional<SurfacePainter> painter() {
        if (grid == null) {
            return Optional.empty();
        }
        return Optional.of(new SurfacePainter(grid, colorMap, ColorScale.spanning(grid, colorAxis), camera, titles));
    }

    boolean wireframe() {
        return wireframe;
    }

    private void setCamera(SurfaceCamera newCamera) {
        camera = newCamera;
        redraw();
    }

    private void drag(Event event) {
        if (dragStart == null || (event.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        setCamera(camera.dragged(event.x - dragStart.x, event.y - dragStart.y));
        dragStart = new Point(event.x, event.y);
    }

    private void paint(PaintEvent event) {
        Point size = getSize();
        GcDrawing drawing = new GcDrawing(event.gc);
        try {
            Optional<SurfacePainter> painter = painter();
            if (painter.isEmpty()) {
                drawing.setBackground(new RGB(255, 255, 255));
                drawing.fillRectangle(0, 0, size.x, size.y);
                drawing.setForeground(new RGB(90, 90, 90));
                drawing.drawText(NO_GRID, 10, 10, false);
                return;
            }
            painter.get().paint(drawing, size.x, size.y, wireframe);
        } finally {
            drawing.dispose();
        }
    }
}
