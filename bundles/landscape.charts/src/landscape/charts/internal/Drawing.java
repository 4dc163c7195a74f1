/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * Where a chart draws itself: the screen or a PNG through an SWT GC ({@link GcDrawing}), or an
 * SVG document ({@link SvgDrawing}). The charts paint once against this interface, so the export
 * shows what the screen shows. Coordinates are pixels from the top left; text is placed by its
 * top-left corner, as with a GC.
 */
public interface Drawing {

    /** The colour of lines, outlines and text. */
    void setForeground(RGB color);

    /** The colour of filled areas. */
    void setBackground(RGB color);

    /** Opacity of what follows, 0 (transparent) to 255 (opaque). */
    void setAlpha(int alpha);

    void setLineWidth(int width);

    /** Whether lines that follow are dashed. */
    void setDashed(boolean dashed);

    /** Limits what follows to a rectangle; {@link #clearClip()} lifts the limit. */
    void clip(int x, int y, int width, int height);

    void clearClip();

    /**
     * Starts a group of elements of one kind, such as "contours" or "series" (an SVG
     * {@code <g class="kind">}); the GC ignores it.
     */
    default void beginGroup(String kind) {
        beginGroup(kind, "");
    }

    /**
     * Starts a group of one kind for one named thing, such as the series "train loss" (an SVG
     * {@code <g class="series" data-name="train loss">}); an empty name is left out.
     */
    void beginGroup(String kind, String name);

    void endGroup();

    void drawLine(int x1, int y1, int x2, int y2);

    /** Draws connected lines through the points {x0, y0, x1, y1, ...}. */
    void drawPolyline(int[] points);

    void drawPolygon(int[] points);

    void fillPolygon(int[] points);

    void drawRectangle(int x, int y, int width, int height);

    void fillRectangle(int x, int y, int width, int height);

    void drawOval(int x, int y, int width, int height);

    void fillOval(int x, int y, int width, int height);

    /** Draws text with its top-left corner at (x, y); vertical text reads bottom to top. */
    void drawText(String text, int x, int y, boolean vertical);

    /** The width and height of {@code text} in the current font, horizontally. */
    Point textExtent(String text);

    /** Draws an image unscaled with its top-left corner at (x, y). */
    void drawImage(ImageData image, int x, int y);
}
