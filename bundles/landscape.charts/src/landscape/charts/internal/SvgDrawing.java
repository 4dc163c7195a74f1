/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * Writes what a chart draws as an SVG 1.1 document. Text is measured with the widget's own GC,
 * so the layout matches the screen; images are embedded as PNG data URIs; groups become
 * {@code <g class="...">} so that a reader (or a test) can find the contours, the series and the
 * legend.
 */
public final class SvgDrawing implements Drawing {

    /** CSS pixels per point at the 96 dpi that SVG assumes. */
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final GC measure;

    private final StringBuilder body = new StringBuilder();

    private final int width;

    private final int height;

    private RGB foreground = new RGB(0, 0, 0);

    private RGB background = new RGB(255, 255, 255);

    private int alpha = 255;

    private int lineWidth = 1;

    private boolean dashed;

    private String clipId;

    private int clipCount;

    /** A document of {@code width} by {@code height} pixels whose text is measured with {@code measure}. */
    public SvgDrawing(int width, int height, GC measure) {
        this.width = width;
        this.height = height;
        this.measure = measure;
    }

    @Override
    public void setForeground(RGB color) {
        foreground = color;
    }

    @Override
    public void setBackground(RGB color) {
        background = color;
    }

    @Override
    public void setAlpha(int alpha) {
        this.alpha = alpha;
    }

    @Override
    public void setLineWidth(int width) {
        lineWidth = Math.max(1, width);
    }

    @Override
    public void setDashed(boolean dashed) {
        this.dashed = dashed;
    }

    @Override
    public void clip(int x, int y, int clipWidth, int clipHeight) {
        clipId = "clip" + clipCount++;
        body.append(String.format(Locale.ROOT,
                "<clipPath id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath>%n", clipId, x,
                y, clipWidth, clipHeight));
    }

    @Override
    public void clearClip() {
        clipId = null;
    }

    @Override
    public void beginGroup(String kind, String name) {
        String label = name.isEmpty() ? "" : " data-name=\"" + escape(name) + "\"";
        body.append("<g class=\"").append(escape(kind)).append('"').append(label).append(">\n");
    }

    @Override
    public void endGroup() {
        body.append("</g>\n");
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        element(String.format(Locale.ROOT, "line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"", x1, y1, x2, y2), stroke());
    }

    @Override
    public void drawPolyline(int[] points) {
        element("polyline points=\"" + points(points) + "\"", stroke());
    }

    @Override
    public void drawPolygon(int[] points) {
        element("polygon points=\"" + points(points) + "\"", stroke());
    }

    @Override
    public void fillPolygon(int[] points) {
        element("polygon points=\"" + points(points) + "\"", fill());
    }

    @Override
    public void drawRectangle(int x, int y, int w, int h) {
        element(rect(x, y, w, h), stroke());
    }

    @Override
    public void fillRectangle(int x, int y, int w, int h) {
        element(rect(x, y, w, h), fill());
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        element(ellipse(x, y, w, h), stroke());
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        element(ellipse(x, y, w, h), fill());
    }

    @Override
    public void drawText(String text, int x, int y, boolean vertical) {
        int ascent = measure.getFontMetrics().getAscent();
        String position = vertical
                ? String.format(Locale.ROOT, "transform=\"translate(%d %d) rotate(-90)\" x=\"0\" y=\"%d\"", x,
                        y + textExtent(text).x, ascent)
                : String.format(Locale.ROOT, "x=\"%d\" y=\"%d\"", x, y + ascent);
        String font = String.format(Locale.ROOT, "font-family=\"sans-serif\" font-size=\"%.1f\" fill=\"%s\"%s",
                fontSize(), hex(foreground), opacity("fill-opacity"));
        body.append("<text ").append(position).append(' ').append(font).append(clip()).append('>')
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public Point textExtent(String text) {
        return measure.textExtent(text);
    }

    @Override
    public void drawImage(ImageData image, int x, int y) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image };
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        loader.save(png, SWT.IMAGE_PNG);
        body.append(String.format(Locale.ROOT,
                "<image x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" xlink:href=\"data:image/png;base64,%s\"%s/>%n",
                x, y, image.width, image.height, Base64.getEncoder().encodeToString(png.toByteArray()), clip()));
    }

    /** The complete document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                                + " version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                        width, height, width, height)
                + body + "</svg>\n";
    }

    /** {@code text} with the five XML special characters escaped. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private void element(String shape, String paint) {
        body.append('<').append(shape).append(' ').append(paint).append(clip()).append("/>\n");
    }

    private String stroke() {
        String dash = dashed ? " stroke-dasharray=\"6 4\"" : "";
        return "fill=\"none\" stroke=\"" + hex(foreground) + "\" stroke-width=\"" + lineWidth + "\""
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"" + dash + opacity("stroke-opacity");
    }

    private String fill() {
        return "fill=\"" + hex(background) + "\" stroke=\"none\"" + opacity("fill-opacity");
    }

    private String opacity(String attribute) {
        return alpha >= 255 ? "" : String.format(Locale.ROOT, " %s=\"%.3f\"", attribute, alpha / 255.0);
    }

    private String clip() {
        return clipId == null ? "" : " clip-path=\"url(#" + clipId + ")\"";
    }

    private double fontSize() {
        return measure.getFont().getFontData()[0].getHeight() * PIXELS_PER_POINT;
    }

    private static String rect(int x, int y, int w, int h) {
        return String.format(Locale.ROOT, "rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"", x, y, w, h);
    }

    private static String ellipse(int x, int y, int w, int h) {
        return String.format(Locale.ROOT, "ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"", x + w / 2.0,
                y + h / 2.0, w / 2.0, h / 2.0);
    }

    private static String points(int[] points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            text.append(i == 0 ? "" : " ").append(points[i]).append(',').append(points[i + 1]);
        }
        return text.toString();
    }

    private static String hex(RGB color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.red, color.green, color.blue);
    }
}
