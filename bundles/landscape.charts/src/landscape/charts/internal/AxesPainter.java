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

/**
 * The frame, ticks, tick labels and titles of a plot with linear x (bottom) and y (left) axes.
 * Also measures the space the labels need, so that the layout can leave room for them.
 */
public final class AxesPainter {

    /** About this many ticks per axis: enough to read values off, few enough not to crowd. */
    static final int TICK_TARGET = 6;

    private static final RGB INK = new RGB(0, 0, 0);

    private final double[] xTicks;

    private final double[] yTicks;

    private final String xTitle;

    private final String yTitle;

    /** Axes over the data ranges {lo, hi}, titled (empty titles are left out). */
    public AxesPainter(double[] xRange, double[] yRange, String xTitle, String yTitle) {
        this.xTicks = NiceTicks.linear(xRange[0], xRange[1], TICK_TARGET);
        this.yTicks = NiceTicks.linear(yRange[0], yRange[1], TICK_TARGET);
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** The width left of the plot that the y tick labels and title need. */
    public int leftSpace(Drawing drawing) {
        int labels = 0;
        for (double tick : yTicks) {
            labels = Math.max(labels, drawing.textExtent(NiceTicks.format(tick)).x);
        }
        int title = yTitle.isEmpty() ? 0 : drawing.textExtent(yTitle).y + HeatmapLayout.GAP;
        return HeatmapLayout.TICK + HeatmapLayout.GAP + labels + title;
    }

    /** The height below the plot that the x tick labels and title need. */
    public int bottomSpace(Drawing drawing) {
        int line = drawing.textExtent("0").y;
        int title = xTitle.isEmpty() ? 0 : line + HeatmapLayout.GAP;
        return HeatmapLayout.TICK + HeatmapLayout.GAP / 2 + line + title;
    }

    /** Paints the axes around {@code plot}, placing ticks with the layout's mapping. */
    public void paint(Drawing drawing, HeatmapLayout layout) {
        Rectangle plot = layout.plot();
        drawing.beginGroup("axes");
        drawing.setAlpha(255);
        drawing.setDashed(false);
        drawing.setLineWidth(1);
        drawing.setForeground(INK);
        drawing.drawRectangle(plot.x, plot.y, plot.width, plot.height);
        int bottom = plot.y + plot.height;
        int lineHeight = drawing.textExtent("0").y;
        for (double tick : xTicks) {
            int px = layout.px(tick);
            String label = NiceTicks.format(tick);
            drawing.drawLine(px, bottom, px, bottom + HeatmapLayout.TICK);
            drawing.drawText(label, px - drawing.textExtent(label).x / 2,
                    bottom + HeatmapLayout.TICK + HeatmapLayout.GAP / 2, false);
        }

        int labelsWidth = 0;
        for (double tick : yTicks) {
            int py = layout.py(tick);
            String label = NiceTicks.format(tick);
            Point size = drawing.textExtent(label);
            labelsWidth = Math.max(labelsWidth, size.x);
            drawing.drawLine(plot.x - HeatmapLayout.TICK, py, plot.x, py);
            drawing.drawText(label, plot.x - HeatmapLayout.TICK - HeatmapLayout.GAP - size.x, py - size.y / 2,
                    false);
        }

        paintTitles(drawing, plot, bottom + HeatmapLayout.TICK + HeatmapLayout.GAP / 2 + lineHeight, labelsWidth);
        drawing.endGroup();
    }

    private void paintTitles(Drawing drawing, Rectangle plot, int belowLabels, int labelsWidth) {
        if (!xTitle.isEmpty()) {
            int width = drawing.textExtent(xTitle).x;
            drawing.drawText(xTitle, plot.x + (plot.width - width) / 2, belowLabels + HeatmapLayout.GAP, false);
        }
        if (!yTitle.isEmpty()) {
            Point size = drawing.textExtent(yTitle);
            int x = plot.x - HeatmapLayout.TICK - HeatmapLayout.GAP - labelsWidth - HeatmapLayout.GAP - size.y;
            drawing.drawText(yTitle, x, plot.y + (plot.height - size.x) / 2, true);
        }
    }
}
