/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

/**
 * The rectangle [w1Min, w1Max] x [w2Min, w2Max] of parameter space that an exercise looks at.
 *
 * @param w1Min the left edge
 * @param w1Max the right edge, above w1Min
 * @param w2Min the bottom edge
 * @param w2Max the top edge, above w2Min
 */
public record Box(double w1Min, double w1Max, double w2Min, double w2Max) {

    /** Checks that both sides are finite and not empty. */
    public Box {
        check("w1", w1Min, w1Max);
        check("w2", w2Min, w2Max);
    }

    private static void check(String axis, double low, double high) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException(axis + " range [" + low + ", " + high
                    + "] is not valid; expected finite bounds with " + axis + "Min < " + axis + "Max");
        }
    }

    /** @return whether (w1, w2) lies in the box, edges included */
    public boolean contains(double w1, double w2) {
        return w1 >= w1Min && w1 <= w1Max && w2 >= w2Min && w2 <= w2Max;
    }

    /** @return the length of the box's diagonal */
    public double diagonal() {
        return Math.hypot(w1Max - w1Min, w2Max - w2Min);
    }

    /** @return {@code count} equally spaced values of w1 from w1Min to w1Max */
    public double[] w1Axis(int count) {
        return axis(w1Min, w1Max, count);
    }

    /** @return {@code count} equally spaced values of w2 from w2Min to w2Max */
    public double[] w2Axis(int count) {
        return axis(w2Min, w2Max, count);
    }

    /** @return {@code count >= 2} equally spaced values from {@code low} to {@code high}, both included */
    public static double[] axis(double low, double high, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("count = " + count + "; expected at least 2 points on an axis");
        }

        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = low + (high - low) * i / (count - 1);
        }
        values[count - 1] = high;
        return values;
    }
}
