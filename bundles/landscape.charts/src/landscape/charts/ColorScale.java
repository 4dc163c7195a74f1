/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Objects;

/**
 * Maps values to positions from 0 to 1 on a {@link ColorMap}: linearly, or logarithmically for
 * values that span decades such as losses. Values outside [min, max] are clamped; values the
 * scale cannot show (NaN, or not positive on a log scale) map to NaN, the "no data" colour.
 *
 * @param min the value at the bottom of the colour map
 * @param max the value at the top of the colour map, above min
 * @param scale linear or logarithmic; a logarithmic scale needs min &gt; 0
 */
public record ColorScale(double min, double max, AxisScale scale) {

    /** Checks that the bounds are finite and increase, and positive on a log scale. */
    public ColorScale {
        Objects.requireNonNull(scale, "colour scale type");
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("colour scale range is [" + min + ", " + max
                    + "]; expected finite bounds with min < max");
        }
        if (scale == AxisScale.LOG && min <= 0) {
            throw new IllegalArgumentException("log colour scale has min = " + min + "; expected min > 0");
        }
    }

    /**
     * The scale that spans the values of {@code grid} that {@code scale} accepts. A grid with a
     * single value gets a range of one unit (or one decade) around it; a grid with no value the
     * scale accepts gets [0, 1] (or [1, 10]), so that it still draws, all in "no data" grey.
     */
    public static ColorScale spanning(Grid grid, AxisScale scale) {
        double[] range = grid.range(scale);
        if (Double.isNaN(range[0])) {
            return scale == AxisScale.LOG ? new ColorScale(1, 10, scale) : new ColorScale(0, 1, scale);
        }
        if (range[0] == range[1]) {
            return scale == AxisScale.LOG ? new ColorScale(range[0] / Math.sqrt(10), range[0] * Math.sqrt(10), scale)
                    : new ColorScale(range[0] - 0.5, range[0] + 0.5, scale);
        }
        return new ColorScale(range[0], range[1], scale);
    }

    /** The position of {@code value} on the colour map, in [0, 1], or NaN if it cannot be shown. */
    public double fraction(double value) {
        if (!scale.accepts(value)) {
            return Double.NaN;
        }
        double t = scale == AxisScale.LOG ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (value - min) / (max - min);
        return Math.clamp(t, 0.0, 1.0);
    }

    /** The value at {@code fraction} of the way up the colour map; the inverse of {@link #fraction}. */
    public double valueAt(double fraction) {
        if (scale == AxisScale.LOG) {
            return Math.exp(Math.log(min) + fraction * (Math.log(max) - Math.log(min)));
        }
        return min + fraction * (max - min);
    }
}
