/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.DirectionGlyph;
import landscape.charts.PointMarker;
import landscape.charts.Trajectory;

/**
 * What a heatmap draws over its image, bottom to top: contour lines, optimizer trajectories,
 * direction glyphs and point markers with their labels. Lines get a dark halo under a light or
 * coloured core so that they read on both ends of the colour map.
 */
public final class PlotLayers {

    /**
     * Trajectory colours: the Okabe-Ito palette (safe for the common colour blindnesses), reordered
     * so that the first ones stand out most against viridis.
     */
    private static final RGB[] TRAJECTORY_COLORS = { new RGB(213, 94, 0), new RGB(86, 180, 233),
            new RGB(230, 159, 0), new RGB(204, 121, 167), new RGB(0, 158, 115), new RGB(0, 114, 178),
            new RGB(240, 228, 66) };

    private static final RGB WHITE = new RGB(255, 255, 255);

    private static final RGB BLACK = new RGB(0, 0, 0);

    /** Contour lines are white at this opacity: visible on dark cells without hiding light ones. */
    private static final int CONTOUR_ALPHA = 190;

    /** Opacity of the dark halo under trajectories and glyphs. */
    private static final int HALO_ALPHA = 170;

    /** On-screen length of a direction glyph, in pixels. */
    static final int GLYPH_LENGTH = 28;

    /** Arrow head length, in pixels. */
    private static final int ARROW_HEAD = 7;

    /** Radius of the ring at a trajectory's last point and of the dot at its first, in pixels. */
    private static final int END_RING = 5;

    private static final int START_DOT = 3;

    /** Opacity of the white box behind labels on the plot. */
    private static final int LABEL_BOX_ALPHA = 210;

    private final HeatmapScene scene;

    private final HeatmapLayout layout;

    public PlotLayers(HeatmapScene scene, HeatmapLayout layout) {
        this.scene = scene;
        this.layout = layout;
    }

    /** The colour of the trajectory at {@code index}; the legend uses the same. */
    public static RGB trajectoryColor(int index) {
        return TRAJECTORY_COLORS[index % TRAJECTORY_COLORS.length];
    }

    public void paint(Drawing drawing) {
        paintContours(drawing);
        for (int i = 0; i < scene.trajectories().size(); i++) {
            paintTrajectory(drawing, scene.trajectories().get(i), trajectoryColor(i));
        }
        scene.glyphs().forEach(glyph -> paintGlyph(drawing, glyph));
        scene.markers().forEach(marker -> paintMarker(drawing, marker));
        drawing.setAlpha(255);
        drawing.setDashed(false);
    }

    private void paintContours(Drawing drawing) {
        drawing.beginGroup("contours");
        drawing.setForeground(WHITE);
        drawing.setAlpha(CONTOUR_ALPHA);
        drawing.setLineWidth(1);
        drawing.setDashed(false);
        for (Contour contour : scene.contours()) {
            drawing.drawPolyline(layout.pixels(contour.x(), contour.y(), contour.size()));
        }
        drawing.endGroup();
        new ContourLabels(layout).paint(drawing, scene.contours());
    }

    private void paintTrajectory(Drawing drawing, Trajectory trajectory, RGB color) {
        int count = trajectory.finitePrefix();
        if (count == 0) {
            return;
        }

        int[] points = layout.pixels(trajectory.x(), trajectory.y(), count);
        drawing.beginGroup("trajectory", trajectory.legendName());
        drawing.setDashed(trajectory.diverged());
        drawing.setForeground(BLACK);
        drawing.setAlpha(HALO_ALPHA);
        drawing.setLineWidth(4);
        drawing.drawPolyline(points);
        drawing.setForeground(color);
        drawing.setAlpha(255);
        drawing.setLineWidth(2);
        drawing.drawPolyline(points);
        drawing.setDashed(false);

        // A dot where it starts and a ring where it ends, so the direction of travel shows.
        drawing.setBackground(color);
        drawing.fillOval(points[0] - START_DOT, points[1] - START_DOT, 2 * START_DOT, 2 * START_DOT);
        int endX = points[points.length - 2];
        int endY = points[points.length - 1];
        drawing.drawOval(endX - END_RING, endY - END_RING, 2 * END_RING, 2 * END_RING);
        if (trajectory.diverged()) {
            label(drawing, trajectory.legendName(), endX, END_RING + 3, endY);
        }
        drawing.endGroup();
    }

    private void paintGlyph(Drawing drawing, DirectionGlyph glyph) {
        // The direction on screen: data units scaled by pixels per unit, y pointing down.
        double[] xRange = layout.xRange();
        double[] yRange = layout.yRange();
        double sx = glyph.dx() * layout.plot().width / (xRange[1] - xRange[0]);
        double sy = -glyph.dy() * layout.plot().height / (yRange[1] - yRange[0]);
        double norm = Math.hypot(sx, sy);
        double ux = sx / norm;
        double uy = sy / norm;
        int cx = layout.px(glyph.x());
        int cy = layout.py(glyph.y());
        double back = glyph.arrow() ? 0 : GLYPH_LENGTH / 2.0;
        double ahead = glyph.arrow() ? GLYPH_LENGTH : GLYPH_LENGTH / 2.0;
        int[] segment = { (int) Math.round(cx - ux * back), (int) Math.round(cy - uy * back),
                (int) Math.round(cx + ux * ahead), (int) Math.round(cy + uy * ahead) };

        drawing.beginGroup("glyph");
        for (int pass = 0; pass < 2; pass++) {
            drawing.setForeground(pass == 0 ? BLACK : WHITE);
            drawing.setAlpha(pass == 0 ? HALO_ALPHA : 255);
            drawing.setLineWidth(pass == 0 ? 4 : 2);
            drawing.drawPolyline(segment);
            if (glyph.arrow()) {
                drawing.drawPolyline(arrowHead(segment[2], segment[3], ux, uy));
            }
        }
        drawing.endGroup();
    }

    private static int[] arrowHead(int tipX, int tipY, double ux, double uy) {
        // Two barbs at 30 degrees either side of the reversed direction.
        double cos = Math.cos(Math.PI / 6);
        double sin = Math.sin(Math.PI / 6);
        double bx = -ux;
        double by = -uy;
        return new int[] { (int) Math.round(tipX + ARROW_HEAD * (bx * cos - by * sin)),
                (int) Math.round(tipY + ARROW_HEAD * (bx * sin + by * cos)), tipX, tipY,
                (int) Math.round(tipX + ARROW_HEAD * (bx * cos + by * sin)),
                (int) Math.round(tipY + ARROW_HEAD * (-bx * sin + by * cos)) };
    }

    private void paintMarker(Drawing drawing, PointMarker marker) {
        int cx = layout.px(marker.x());
        int cy = layout.py(marker.y());
        drawing.beginGroup("marker", marker.category().name());
        MarkerGlyphs.paint(drawing, marker.category().shape(), marker.category().fill(), cx, cy);
        if (!marker.label().isEmpty()) {
            label(drawing, marker.label(), cx, MarkerGlyphs.SIZE / 2 + 4, cy);
        }
        drawing.endGroup();
    }

    /**
     * Text on a translucent white box beside a point at (px, y), {@code offset} pixels to its right,
     * or to its left where the right side would leave the plot.
     */
    private void label(Drawing drawing, String text, int px, int offset, int y) {
        Point size = drawing.textExtent(text);
        Rectangle plot = layout.plot();
        int x = px + offset + size.x + 2 <= plot.x + plot.width ? px + offset : px - offset - size.x;
        int top = Math.clamp(y - size.y / 2, plot.y, Math.max(plot.y, plot.y + plot.height - size.y));
        drawing.setAlpha(LABEL_BOX_ALPHA);
        drawing.setBackground(WHITE);
        drawing.fillRectangle(x - 2, top, size.x + 4, size.y);
        drawing.setAlpha(255);
        drawing.setForeground(BLACK);
        drawing.drawText(text, x, top, false);
    }

}
