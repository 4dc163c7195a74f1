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
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The level of each contour line written on the line itself, half-way along it, in white on a
 * dark translucent box. Lines too short to carry a label, and labels that would overlap one
 * already placed or leave the plot, are skipped: a few readable labels beat many crowded ones.
 */
final class ContourLabels {

    /** Lines shorter than this on screen, in pixels, get no label: it would hide most of them. */
    static final int MIN_LABELLED_LENGTH = 80;

    /** Opacity of the box behind a label: dark enough for white text on yellow cells. */
    private static final int BOX_ALPHA = 150;

    private static final RGB BOX = new RGB(0, 0, 0);

    private static final RGB TEXT = new RGB(255, 255, 255);

    private final HeatmapLayout layout;

    ContourLabels(HeatmapLayout layout) {
        this.layout = layout;
    }

    void paint(Drawing drawing, List<Contour> contours) {
        Rectangle plot = layout.plot();
        List<Rectangle> placed = new ArrayList<>();
        drawing.beginGroup("contour-labels");
        for (Contour contour : contours) {
            int[] points = layout.pixels(contour.x(), contour.y(), contour.size());
            if (length(points) < MIN_LABELLED_LENGTH) {
                continue;
            }

            String text = NiceTicks.format(contour.level());
            Point size = drawing.textExtent(text);
            Point middle = halfWay(points);
            Rectangle box = new Rectangle(middle.x - size.x / 2 - 2, middle.y - size.y / 2, size.x + 4, size.y);
            boolean inside = plot.contains(box.x, box.y) && plot.contains(box.x + box.width, box.y + box.height);
            if (!inside || placed.stream().anyMatch(box::intersects)) {
                continue;
            }

            placed.add(box);
            drawing.setAlpha(BOX_ALPHA);
            drawing.setBackground(BOX);
            drawing.fillRectangle(box.x, box.y, box.width, box.height);
            drawing.setAlpha(255);
            drawing.setForeground(TEXT);
            drawing.drawText(text, box.x + 2, box.y, false);
        }
        drawing.endGroup();
    }

    private static double length(int[] points) {
        double length = 0;
        for (int i = 2; i + 1 < points.length; i += 2) {
            length += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
        }
        return length;
    }

    /** The point half-way along the polyline, measured by length, not by point count. */
    private static Point halfWay(int[] points) {
        double half = length(points) / 2;
        double walked = 0;
        for (int i = 2; i + 1 < points.length; i += 2) {
            double segment = Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
            if (walked + segment >= half && segment > 0) {
                double t = (half - walked) / segment;
                return new Point((int) Math.round(points[i - 2] + t * (points[i] - points[i - 2])),
                        (int) Math.round(points[i - 1] + t * (points[i + 1] - points[i - 1])));
            }
            walked += segment;
        }
        return new Point(points[0], points[1]);
    }
}
