/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.Arrays;

import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.Grid;

/**
 * Where the parts of a heatmap go in a widget of a given size, and the mapping between data
 * coordinates and pixels. Each grid node is the centre of its cell; cells end half-way to their
 * neighbours, and the outer cells as far out as they reach in, so the image covers the whole
 * plot.
 */
public final class HeatmapLayout {

    /** Space around the chart and between its parts, in pixels. */
    static final int MARGIN = 8;

    static final int GAP = 4;

    /** Length of the tick marks, in pixels. */
    static final int TICK = 4;

    /** Width of the colour bar and its distance from the plot, in pixels. */
    static final int BAR_WIDTH = 16;

    static final int BAR_GAP = 16;

    /** Below this size the plot is not drawn: a chart squeezed to nothing shows just its frame. */
    private static final int MIN_PLOT = 10;

    private final Rectangle plot;

    private final Rectangle bar;

    private final double xLo;

    private final double xHi;

    private final double yLo;

    private final double yHi;

    /**
     * Lays out a chart of {@code width} by {@code height} with the given space taken by text:
     * {@code left} for y tick labels and title, {@code right} for the colour bar's labels and
     * title, {@code top} for the chart title, {@code bottom} for x tick labels, title and legend.
     * With {@code equalScales} a unit of x takes as many pixels as a unit of y, and the plot
     * shrinks in one direction to keep it so.
     */
    public HeatmapLayout(Grid grid, int width, int height, int left, int right, int top, int bottom,
            boolean equalScales) {
        double[] x = grid.x();
        double[] y = grid.y();
        xLo = x[0] - (x[1] - x[0]) / 2;
        xHi = x[x.length - 1] + (x[x.length - 1] - x[x.length - 2]) / 2;
        yLo = y[0] - (y[1] - y[0]) / 2;
        yHi = y[y.length - 1] + (y[y.length - 1] - y[y.length - 2]) / 2;

        int plotX = MARGIN + left;
        int plotY = MARGIN + top;
        int plotWidth = Math.max(MIN_PLOT, width - plotX - BAR_GAP - BAR_WIDTH - right - MARGIN);
        int plotHeight = Math.max(MIN_PLOT, height - plotY - bottom - MARGIN);
        if (equalScales) {
            double pixelsPerUnit = Math.min(plotWidth / (xHi - xLo), plotHeight / (yHi - yLo));
            plotWidth = Math.max(MIN_PLOT, (int) Math.round(pixelsPerUnit * (xHi - xLo)));
            plotHeight = Math.max(MIN_PLOT, (int) Math.round(pixelsPerUnit * (yHi - yLo)));
        }
        plot = new Rectangle(plotX, plotY, plotWidth, plotHeight);
        bar = new Rectangle(plotX + plotWidth + BAR_GAP, plotY, BAR_WIDTH, plotHeight);
    }

    /** The plot area, where the image is. */
    public Rectangle plot() {
        return new Rectangle(plot.x, plot.y, plot.width, plot.height);
    }

    /** The colour bar's strip. */
    public Rectangle bar() {
        return new Rectangle(bar.x, bar.y, bar.width, bar.height);
    }

    /** The data range the plot's width shows: {lo, hi}. */
    public double[] xRange() {
        return new double[] { xLo, xHi };
    }

    /** The data range the plot's height shows: {lo, hi}. */
    public double[] yRange() {
        return new double[] { yLo, yHi };
    }

    public int px(double x) {
        return (int) Math.round(plot.x + (x - xLo) / (xHi - xLo) * plot.width);
    }

    public int py(double y) {
        return (int) Math.round(plot.y + plot.height - (y - yLo) / (yHi - yLo) * plot.height);
    }

    /** The x value at the centre of pixel column {@code px}. */
    public double dataX(int px) {
        return xLo + (px + 0.5 - plot.x) / plot.width * (xHi - xLo);
    }

    /** The y value at the centre of pixel row {@code py}. */
    public double dataY(int py) {
        return yLo + (plot.y + plot.height - py - 0.5) / plot.height * (yHi - yLo);
    }

    /** The pixels of the first {@code count} points (x[i], y[i]), as {x0, y0, x1, y1, ...}. */
    public int[] pixels(double[] x, double[] y, int count) {
        int[] points = new int[2 * count];
        for (int i = 0; i < count; i++) {
            points[2 * i] = px(x[i]);
            points[2 * i + 1] = py(y[i]);
        }
        return points;
    }

    /** Whether pixel (px, py) is inside the plot area. */
    public boolean inPlot(int px, int py) {
        return plot.contains(px, py);
    }

    /** The index of the node nearest to {@code value} along an increasing axis. */
    public static int nearest(double[] axis, double value) {
        int insertion = Arrays.binarySearch(axis, value);
        if (insertion >= 0) {
            return insertion;
        }
        int above = -insertion - 1;
        if (above == 0) {
            return 0;
        }
        if (above == axis.length) {
            return axis.length - 1;
        }
        return value - axis[above - 1] <= axis[above] - value ? above - 1 : above;
    }
}
