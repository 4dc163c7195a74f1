/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import landscape.charts.AxisScale;

/**
 * The range an axis shows: the data's smallest to largest value with a little room beyond each
 * end, measured in decades on a log axis. Computed from the data alone, so the range does not
 * depend on the widget's size at the moment it is set.
 */
public final class PaddedRange {

    /** Room beyond the data at each end, as a fraction of its span: lines do not run along the frame. */
    static final double PAD = 0.04;

    private double lo = Double.POSITIVE_INFINITY;

    private double hi = Double.NEGATIVE_INFINITY;

    /** Widens the range to cover {@code values}; they must all be finite (and positive on a log axis). */
    public void include(double[] values) {
        for (double value : values) {
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
        }
    }

    public boolean isEmpty() {
        return lo > hi;
    }

    /**
     * {lower, upper} with the padding added; a single value gets one unit (or one decade) around
     * it. Must not be called on an empty range.
     */
    public double[] padded(AxisScale scale) {
        if (isEmpty()) {
            throw new IllegalStateException("the range has no values; expected include() with data first");
        }
        if (scale == AxisScale.LOG) {
            double[] decades = pad(Math.log10(lo), Math.log10(hi));
            return new double[] { Math.pow(10, decades[0]), Math.pow(10, decades[1]) };
        }
        return pad(lo, hi);
    }

    private static double[] pad(double low, double high) {
        double span = high > low ? high - low : 1;
        return new double[] { low - PAD * span, high + PAD * span };
    }
}
