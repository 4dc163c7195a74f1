/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;

/**
 * Draws on an SWT {@link GC}: a widget while it paints, or an image being exported. Colours and
 * images it makes are released by {@link #dispose()}; the GC stays the caller's.
 */
public final class GcDrawing implements Drawing {

    /** Dash pattern in pixels: long enough to read as dashed at line width 2. */
    private static final int[] DASHES = { 6, 4 };

    private final GC gc;

    private final Map<RGB, Color> colors = new HashMap<>();

    public GcDrawing(GC gc) {
        this.gc = gc;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
    }

    @Override
    public void setForeground(RGB color) {
        gc.setForeground(color(color));
    }

    @Override
    public void setBackground(RGB color) {
        gc.setBackground(color(color));
    }

    @Override
    public void setAlpha(int alpha) {
        gc.setAlpha(alpha);
    }

    @Override
    public void setLineWidth(int width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setDashed(boolean dashed) {
        gc.setLineDash(dashed ? DASHES : null);
    }

    @Override
    public void clip(int x, int y, int width, int height) {
        gc.setClipping(x, y, width, height);
    }

    @Override
    public void clearClip() {
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
    }

    @Override
    public void beginGroup(String kind, String name) {
        // Groups only structure SVG documents.
    }

    @Override
    public void endGroup() {
        // Groups only structure SVG documents.
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        gc.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void drawPolyline(int[] points) {
        gc.drawPolyline(points);
    }

    @Override
    public void drawPolygon(int[] points) {
        gc.drawPolygon(points);
    }

    @Override
    public void fillPolygon(int[] points) {
        gc.fillPolygon(points);
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        gc.drawRectangle(x, y, width, height);
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        gc.fillRectangle(x, y, width, height);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        gc.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void drawText(String text, int x, int y, boolean vertical) {
        if (!vertical) {
            gc.drawText(text, x, y, true);
            return;
        }

        // Rotate about the anchor so that the text runs upwards from (x, y + its width).
        Transform transform = new Transform(gc.getDevice());
        try {
            transform.translate(x, y + gc.textExtent(text).x);
            transform.rotate(-90);
            gc.setTransform(transform);
            gc.drawText(text, 0, 0, true);
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
    }

    @Override
    public Point textExtent(String text) {
        return gc.textExtent(text);
    }

    @Override
    public void drawImage(ImageData data, int x, int y) {
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.drawImage(image, x, y);
        } finally {
            image.dispose();
        }
    }

    /** Releases the colours made while drawing. */
    public void dispose() {
        colors.values().forEach(Color::dispose);
        colors.clear();
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, key -> new Color(gc.getDevice(), key));
    }
}
