/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.ColorMap;
import landscape.charts.ColorScale;
import landscape.charts.Grid;

/**
 * Paints a grid as a 3-D surface: one quad per cell, coloured by the colour map at the mean of
 * its corners and raised to the colour scale's fraction, drawn far to near (painter's algorithm)
 * so nearer quads cover farther ones; then the box's three axes from its back corner with the
 * titles and the value range, and a colour bar. Cells with a corner the colour scale cannot show
 * are left out.
 */
public final class SurfacePainter {

    /** At most this many cells along each side are drawn; larger grids are subsampled. */
    static final int MAX_CELLS = 120;

    /**
     * Half the unit box's width at zoom 1, as a fraction of the widget's smaller side: its turned
     * diagonal (a factor of at most the square root of 2) and the labels then fit.
     */
    private static final double FIT = 0.3;

    /** How to move the view, shown in grey in the bottom-left corner. */
    static final String HINT = "drag to rotate, wheel to zoom";

    private static final RGB HINT_COLOR = new RGB(120, 120, 120);

    /** Height of the colour bar as a fraction of the widget's: beside the surface, not above it. */
    private static final double BAR_HEIGHT = 0.6;

    /** Distance between the end of an axis and its label, in pixels. */
    private static final int LABEL_OFFSET = 4;

    private static final RGB PAPER = new RGB(255, 255, 255);

    private static final RGB INK = new RGB(0, 0, 0);

    /** Quad outlines are their fill darkened by this factor: a mesh that shows, yet stays quiet when dense. */
    private static final double MESH_SHADE = 0.8;

    private final Grid grid;

    private final ColorMap map;

    private final ColorScale scale;

    private final SurfaceCamera camera;

    private final String[] titles;

    /** A surface of {@code grid} seen by {@code camera}; titles are x, y and value ("" for none). */
    public SurfacePainter(Grid grid, ColorMap map, ColorScale scale, SurfaceCamera camera, String[] titles) {
        this.grid = grid;
        this.map = map;
        this.scale = scale;
        this.camera = camera;
        this.titles = titles.clone();
    }

    /** A quad in screen pixels with its depth and fill. */
    private record Quad(int[] points, double depth, RGB fill) {
    }

    /** Paints the surface, its axes and a colour bar on the right into {@code width} by {@code height}. */
    public void paint(Drawing drawing, int width, int height, boolean wireframe) {
        drawing.setBackground(PAPER);
        drawing.fillRectangle(0, 0, width, height);
        ColorBarPainter colorBar = new ColorBarPainter(map, scale, "");
        int barX = width - HeatmapLayout.MARGIN - colorBar.rightSpace(drawing) - HeatmapLayout.BAR_WIDTH;
        int barHeight = (int) Math.round(height * BAR_HEIGHT);
        colorBar.paint(drawing, new Rectangle(barX, (height - barHeight) / 2, HeatmapLayout.BAR_WIDTH, barHeight));

        // The surface is centred in what the colour bar leaves free.
        int free = Math.max(1, barX - HeatmapLayout.BAR_GAP);
        double pixels = camera.zoom() * FIT * Math.min(free, height);
        Projector projector = new Projector(camera, free / 2.0, height / 2.0, pixels);
        paintAxisLines(drawing, projector);
        List<Quad> quads = quads(projector);
        quads.sort(Comparator.comparingDouble(Quad::depth).reversed());
        drawing.beginGroup("surface");
        drawing.setLineWidth(1);
        for (Quad quad : quads) {
            drawing.setAlpha(255);
            if (!wireframe) {
                drawing.setBackground(quad.fill());
                drawing.fillPolygon(quad.points());
            }
            RGB fill = quad.fill();
            drawing.setForeground(wireframe ? fill : new RGB((int) (fill.red * MESH_SHADE),
                    (int) (fill.green * MESH_SHADE), (int) (fill.blue * MESH_SHADE)));
            drawing.drawPolygon(quad.points());
        }
        drawing.setAlpha(255);
        drawing.endGroup();
        paintAxisLabels(drawing, projector, free);
        drawing.setForeground(HINT_COLOR);
        drawing.drawText(HINT, 4, height - 4 - drawing.textExtent(HINT).y, false);
    }

    private List<Quad> quads(Projector projector) {
        int rowStep = Math.max(1, (grid.rows() - 1 + MAX_CELLS - 1) / MAX_CELLS);
        int columnStep = Math.max(1, (grid.columns() - 1 + MAX_CELLS - 1) / MAX_CELLS);
        List<Quad> quads = new ArrayList<>();
        for (int row = 0; row < grid.rows() - 1; row += rowStep) {
            int nextRow = Math.min(row + rowStep, grid.rows() - 1);
            for (int column = 0; column < grid.columns() - 1; column += columnStep) {
                int nextColumn = Math.min(column + columnStep, grid.columns() - 1);
                int[][] corners = { { row, column }, { row, nextColumn }, { nextRow, nextColumn },
                        { nextRow, column } };
                quad(projector, corners).ifPresent(quads::add);
            }
        }
        return quads;
    }

    private Optional<Quad> quad(Projector projector, int[][] corners) {
        int[] points = new int[8];
        double depth = 0;
        double fraction = 0;
        for (int i = 0; i < 4; i++) {
            double f = scale.fraction(grid.value(corners[i][0], corners[i][1]));
            if (Double.isNaN(f)) {
                return Optional.empty();
            }
            double[] screen = projector.project(unitX(corners[i][1]), unitY(corners[i][0]), 2 * f - 1);
            points[2 * i] = (int) Math.round(screen[0]);
            points[2 * i + 1] = (int) Math.round(screen[1]);
            depth += screen[2] / 4;
            fraction += f / 4;
        }
        return Optional.of(new Quad(points, depth, map.color(fraction)));
    }

    /**
     * The three edges of the box that meet at its back corner, drawn before the surface so that
     * the surface hides them where it passes in front: {origin, x end, y end, height end}.
     */
    private double[][] axisEnds(Projector projector) {
        int[] back = backCorner();
        return new double[][] { projector.project(back[0], back[1], -1), projector.project(-back[0], back[1], -1),
                projector.project(back[0], -back[1], -1), projector.project(back[0], back[1], 1) };
    }

    private void paintAxisLines(Drawing drawing, Projector projector) {
        double[][] ends = axisEnds(projector);
        drawing.beginGroup("axes");
        drawing.setForeground(INK);
        drawing.setAlpha(255);
        drawing.setLineWidth(1);
        drawing.setDashed(false);
        for (int axis = 1; axis <= 3; axis++) {
            line(drawing, ends[0], ends[axis]);
        }
        drawing.endGroup();
    }

    private void paintAxisLabels(Drawing drawing, Projector projector, int width) {
        double[][] ends = axisEnds(projector);
        double[] xEnd = ends[1];
        double[] yEnd = ends[2];
        double[] zEnd = ends[3];
        drawing.beginGroup("axis-labels");
        drawing.setForeground(INK);
        double[] x = grid.x();
        double[] y = grid.y();
        label(drawing, titled(titles[0], x[0], x[x.length - 1]), ends[0], xEnd, width);
        label(drawing, titled(titles[1], y[0], y[y.length - 1]), ends[0], yEnd, width);
        label(drawing, titled(titles[2], scale.min(), scale.max()), ends[0], zEnd, width);
        drawing.endGroup();
    }

    /** The (x, y) signs of the ground corner farthest from the viewer. */
    private int[] backCorner() {
        int[] best = { -1, -1 };
        double deepest = Double.NEGATIVE_INFINITY;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                double depth = camera.project(sx, sy, -1)[2];
                if (depth > deepest) {
                    deepest = depth;
                    best = new int[] { sx, sy };
                }
            }
        }
        return best;
    }

    private static String titled(String title, double lo, double hi) {
        String range = NiceTicks.format(lo) + " \u2026 " + NiceTicks.format(hi);
        return title.isEmpty() ? range : title + " (" + range + ")";
    }

    private static void line(Drawing drawing, double[] from, double[] to) {
        drawing.drawLine((int) Math.round(from[0]), (int) Math.round(from[1]), (int) Math.round(to[0]),
                (int) Math.round(to[1]));
    }

    /**
     * Text just beyond the end of an axis, continuing its direction from the origin so that the
     * axis line does not cross it, moved sideways as far as needed to stay inside the widget.
     */
    private static void label(Drawing drawing, String text, double[] origin, double[] end, int width) {
        Point size = drawing.textExtent(text);
        double dx = end[0] - origin[0];
        double dy = end[1] - origin[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double px = end[0] + dx / length * LABEL_OFFSET;
        double py = end[1] + dy / length * LABEL_OFFSET;

        // The text box lies wholly on the far side of the end, in the quadrant the axis points to.
        int left = (int) Math.round(dx >= 0 ? px : px - size.x);
        int top = (int) Math.round(dy >= 0 ? py : py - size.y);
        int x = Math.clamp(left, 2, Math.max(2, width - size.x - 2));
        drawing.drawText(text, x, Math.max(2, top), false);
    }

    private double unitX(int column) {
        return 2 * (grid.xAt(column) - grid.xAt(0)) / (grid.xAt(grid.columns() - 1) - grid.xAt(0)) - 1;
    }

    private double unitY(int row) {
        return 2 * (grid.yAt(row) - grid.yAt(0)) / (grid.yAt(grid.rows() - 1) - grid.yAt(0)) - 1;
    }

    /** The camera's projection scaled to pixels around the widget's centre. */
    private record Projector(SurfaceCamera camera, double cx, double cy, double pixels) {

        double[] project(double x, double y, double z) {
            double[] view = camera.project(x, y, z);
            return new double[] { cx + view[0] * pixels, cy - view[1] * pixels, view[2] };
        }
    }
}
