/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import landscape.core.data.RandomStream;

/** The fraction of positive definite GOE matrices: one half at n = 1, then far below 2^-n. */
class PositiveDefiniteFractionTest {

    private static final int SAMPLES = 20_000;

    /**
     * The binomial standard error of a fraction near 1/2 from 20000 samples is sqrt(1/4 / 20000) =
     * 0.0035; four of them, 0.014, fail a correct estimator once in about 16000 seeds.
     */
    private static final double HALF_TOLERANCE = 4 * Math.sqrt(0.25 / SAMPLES);

    @Test
    void aOneByOneMatrixIsPositiveHalfTheTime() {
        double fraction = PositiveDefiniteFraction.estimate(1, SAMPLES, RandomStream.seeded(3), () -> { });

        assertEquals(0.5, fraction, HALF_TOLERANCE, "fraction of positive N(0, 2) draws");
    }

    /**
     * Sampled fractions near n = 4 are about 0.15, 0.025 and 0.0026 (200000 draws with another
     * generator): at 20000 samples each is many standard errors from the next, so strict decrease
     * and the comparison with 2^-n hold for any seed but with vanishing probability.
     */
    @Test
    void fractionFallsWithTheDimensionAndBelowTwoToTheMinusN() {
        RandomStream random = RandomStream.seeded(5);
        double previous = 1.0;
        for (int n = 1; n <= 6; n++) {
            double fraction = PositiveDefiniteFraction.estimate(n, SAMPLES, random.derive("n=" + n), () -> { });

            if (n <= 4) {
                assertTrue(fraction < previous, "n = " + n + ": " + fraction + " below n - 1: " + previous);
            } else {
                assertTrue(fraction <= previous, "n = " + n + ": " + fraction + " not above n - 1: " + previous);
            }
            if (n >= 3) {
                assertTrue(fraction < Math.pow(2, -n), "n = " + n + ": " + fraction + " below 2^-n");
            }
            previous = fraction;
        }
    }

    @Test
    void choleskyTellsPositiveDefiniteFromIndefiniteMatrices() {
        assertTrue(PositiveDefiniteFraction.isPositiveDefinite(new double[][] {{2, 1}, {1, 2}}), "eigenvalues 1, 3");
        assertFalse(PositiveDefiniteFraction.isPositiveDefinite(new double[][] {{1, 2}, {2, 1}}), "eigenvalues -1, 3");
        assertFalse(PositiveDefiniteFraction.isPositiveDefinite(new double[][] {{1, 1}, {1, 1}}), "eigenvalues 0, 2");
    }
}
