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

import landscape.charts.AxisScale;
import landscape.charts.Series;

/**
 * A line chart's series while it grows: points are appended into arrays that double when full,
 * so appending one point costs O(1) amortised and a chart can follow training live.
 */
public final class LiveSeries {

    /** Room for the first points; doubling from here reaches a million points in 16 steps. */
    private static final int INITIAL_CAPACITY = 16;

    private final String name;

    private double[] x = new double[INITIAL_CAPACITY];

    private double[] y = new double[INITIAL_CAPACITY];

    private int size;

    public LiveSeries(Series series) {
        this.name = series.name();
        append(series.x(), series.y());
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    /** Appends points; {@code xs} and {@code ys} must have the same length. */
    public void append(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("appending " + xs.length + " x values and " + ys.length
                    + " y values to series '" + name + "'; expected as many of each");
        }
        ensureCapacity(size + xs.length);
        System.arraycopy(xs, 0, x, size, xs.length);
        System.arraycopy(ys, 0, y, size, ys.length);
        size += xs.length;
    }

    /** The points so far, as an immutable series. */
    public Series snapshot() {
        return new Series(name, Arrays.copyOf(x, size), Arrays.copyOf(y, size));
    }

    /**
     * The points that the scales can show, as {x values, y values}; the rest (non-finite, or not
     * positive on a log axis) are left out.
     */
    public double[][] visible(AxisScale xScale, AxisScale yScale) {
        double[] vx = new double[size];
        double[] vy = new double[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (xScale.accepts(x[i]) && yScale.accepts(y[i])) {
                vx[kept] = x[i];
                vy[kept] = y[i];
                kept++;
            }
        }
        return new double[][] { Arrays.copyOf(vx, kept), Arrays.copyOf(vy, kept) };
    }

    /** How many points the scales cannot show because they are zero or negative on a log axis. */
    public int hiddenByLog(AxisScale xScale, AxisScale yScale) {
        int hidden = 0;
        for (int i = 0; i < size; i++) {
            boolean finite = Double.isFinite(x[i]) && Double.isFinite(y[i]);
            hidden += finite && !(xScale.accepts(x[i]) && yScale.accepts(y[i])) ? 1 : 0;
        }
        return hidden;
    }

    private void ensureCapacity(int needed) {
        if (needed <= x.length) {
            return;
        }
        int capacity = Math.max(needed, 2 * x.length);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
    }
}
