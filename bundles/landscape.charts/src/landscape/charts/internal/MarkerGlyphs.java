/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import org.eclipse.swt.graphics.RGB;

import landscape.charts.MarkerShape;

/** Paints the shapes of point markers: filled in the category colour, outlined in black. */
public final class MarkerGlyphs {

    /** Marker size in pixels: big enough to tell the shapes apart at a glance. */
    public static final int SIZE = 11;

    private static final RGB OUTLINE = new RGB(0, 0, 0);

    private MarkerGlyphs() {
    }

    /** Paints {@code shape} centred on (cx, cy). */
    public static void paint(Drawing drawing, MarkerShape shape, RGB fill, int cx, int cy) {
        int h = SIZE / 2;
        drawing.setAlpha(255);
        drawing.setDashed(false);
        drawing.setLineWidth(1);
        drawing.setBackground(fill);
        drawing.setForeground(OUTLINE);
        switch (shape) {
            case CIRCLE -> {
                drawing.fillOval(cx - h, cy - h, SIZE, SIZE);
                drawing.drawOval(cx - h, cy - h, SIZE, SIZE);
            }
            case SQUARE -> {
                drawing.fillRectangle(cx - h, cy - h, SIZE, SIZE);
                drawing.drawRectangle(cx - h, cy - h, SIZE, SIZE);
            }
            case TRIANGLE_UP -> polygon(drawing, cx, cy - h - 1, cx + h + 1, cy + h, cx - h - 1, cy + h);
            case TRIANGLE_DOWN -> polygon(drawing, cx, cy + h + 1, cx + h + 1, cy - h, cx - h - 1, cy - h);
            case DIAMOND -> polygon(drawing, cx, cy - h - 1, cx + h + 1, cy, cx, cy + h + 1, cx - h - 1, cy);
            case CROSS -> cross(drawing, fill, cx, cy, h);
        }
    }

    private static void polygon(Drawing drawing, int... points) {
        drawing.fillPolygon(points);
        drawing.drawPolygon(points);
    }

    private static void cross(Drawing drawing, RGB fill, int cx, int cy, int h) {
        // A black cross under a thinner coloured one, so it shows on light and dark cells.
        drawing.setLineWidth(4);
        drawing.drawLine(cx - h, cy - h, cx + h, cy + h);
        drawing.drawLine(cx - h, cy + h, cx + h, cy - h);
        drawing.setForeground(fill);
        drawing.setLineWidth(2);
        drawing.drawLine(cx - h, cy - h, cx + h, cy + h);
        drawing.drawLine(cx - h, cy + h, cx + h, cy - h);
        drawing.setLineWidth(1);
    }
}
