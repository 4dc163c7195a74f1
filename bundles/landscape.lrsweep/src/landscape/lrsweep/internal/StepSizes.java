/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

/**
 * Step sizes spaced evenly on a log scale: each is the previous one times the same ratio, so a
 * sweep from 1e-3 to 1 spends as many points on each decade.
 */
final class StepSizes {

    private StepSizes() {
    }

    /**
     * @param smallest the first step size, positive
     * @param largest the last step size, above {@code smallest}
     * @param count how many step sizes, at least 2
     * @return {@code count} step sizes from {@code smallest} to {@code largest}, in increasing order
     */
    static double[] logGrid(double smallest, double largest, int count) {
        if (!(smallest > 0 && smallest < largest) || count < 2) {
            throw new IllegalArgumentException("step grid from " + smallest + " to " + largest + " in " + count
                    + " points is not valid; expected 0 < smallest < largest and at least 2 points");
        }

        double[] steps = new double[count];
        double logRatio = Math.log(largest / smallest);
        for (int i = 0; i < count; i++) {
            steps[i] = smallest * Math.exp(logRatio * i / (count - 1));
        }
        // Pin the end points exactly, without the rounding of exp and log.
        steps[count - 1] = largest;
        return steps;
    }

    /** @return the factor between neighbouring step sizes of that grid */
    static double ratio(double smallest, double largest, int count) {
        return Math.pow(largest / smallest, 1.0 / (count - 1));
    }
}
