/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** The colour map and colour scales that heatmaps and surfaces share. */
class ColorMapTest {

    /**
     * Samples along the map for the strict monotonicity check: eight per control-point interval.
     * Finer sampling would meet neighbours that round to the same 8-bit colour.
     */
    private static final int SAMPLES = 65;

    /** Tolerance for scale fractions: a few ulps of the logarithms involved. */
    private static final double EXACT = 1e-12;

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertEquals(new RGB(0x44, 0x01, 0x54), ColorMap.VIRIDIS.color(0), "viridis at 0");
        assertEquals(new RGB(0xFD, 0xE7, 0x25), ColorMap.VIRIDIS.color(1), "viridis at 1");
        assertEquals(ColorMap.VIRIDIS.color(0), ColorMap.VIRIDIS.color(-3), "below 0 clamps to the first colour");
        assertEquals(ColorMap.VIRIDIS.color(1), ColorMap.VIRIDIS.color(7), "above 1 clamps to the last colour");
        assertEquals(ColorMap.NO_DATA, ColorMap.VIRIDIS.color(Double.NaN), "NaN is the no-data colour");
    }

    @Test
    void viridisLuminanceIncreasesStrictly() {
        double previous = -1;
        for (int i = 0; i < SAMPLES; i++) {
            double fraction = i / (SAMPLES - 1.0);
            double luminance = ColorMap.luminance(ColorMap.VIRIDIS.color(fraction));
            assertTrue(luminance > previous, "luminance at " + fraction + " is " + luminance
                    + "; expected more than " + previous + " just below");
            previous = luminance;
        }
    }

    @Test
    void logColourScalePlacesDecadesEvenly() {
        ColorScale scale = new ColorScale(1e-3, 10, AxisScale.LOG);

        assertEquals(0, scale.fraction(1e-3), EXACT, "fraction at the minimum");
        assertEquals(0.25, scale.fraction(1e-2), EXACT, "one decade of four up");
        assertEquals(0.75, scale.fraction(1), EXACT, "three decades of four up");
        assertEquals(1, scale.fraction(10), EXACT, "fraction at the maximum");
        assertEquals(1e-2, scale.valueAt(0.25), 1e-2 * EXACT, "valueAt inverts fraction");
        assertTrue(Double.isNaN(scale.fraction(0)), "zero cannot be shown on a log scale");
        assertTrue(Double.isNaN(scale.fraction(-1)), "negative values cannot be shown on a log scale");
    }

    @Test
    void linearColourScaleClampsAndLeavesOutNaN() {
        ColorScale scale = new ColorScale(-1, 3, AxisScale.LINEAR);

        assertEquals(0.5, scale.fraction(1), EXACT, "midpoint");
        assertEquals(0, scale.fraction(-5), EXACT, "below the range clamps to 0");
        assertEquals(1, scale.fraction(5), EXACT, "above the range clamps to 1");
        assertTrue(Double.isNaN(scale.fraction(Double.NaN)), "NaN stays no data");
    }

    @Test
    void logColourScaleOverAGridSkipsZerosAndNegatives() {
        Grid grid = new Grid(new double[] { 0, 1 }, new double[] { 0, 1 }, new double[][] { { 0, 0.01 }, { -4, 100 } });

        ColorScale scale = ColorScale.spanning(grid, AxisScale.LOG);

        assertEquals(0.01, scale.min(), 0, "smallest positive value");
        assertEquals(100, scale.max(), 0, "largest value");
        assertEquals(2, grid.countHidden(AxisScale.LOG), "cells a log scale cannot show");
    }

    @Test
    void logColourScaleWithNonPositiveMinimumIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ColorScale(0, 1, AxisScale.LOG), "log scale from 0");

        assertTrue(e.getMessage().contains("min = 0.0"), "message names the value: " + e.getMessage());
    }
}
