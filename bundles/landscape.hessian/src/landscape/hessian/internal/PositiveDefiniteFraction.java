/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import landscape.core.data.RandomStream;

/**
 * How often a random symmetric matrix of the Gaussian orthogonal ensemble (GOE) is positive
 * definite, estimated by sampling. A GOE matrix is A = (G + G^T) / sqrt(2) with G of independent
 * standard normal entries: off-diagonal entries have variance 1, diagonal ones variance 2, and the
 * law is the same in every orthonormal basis. Were the signs of the n eigenvalues independent
 * coin flips, the fraction would be 2^-n; the eigenvalues repel each other, and the true fraction
 * falls much faster, like exp(-c n^2).
 * <p>
 * Public for the High Dimensions view of landscape.hessian.ui, the only friend of this package.
 */
public final class PositiveDefiniteFraction {

    /** Samples between checkpoints: a few milliseconds of work even at n = 200. */
    public static final int CHECKPOINT_SAMPLES = 256;

    private PositiveDefiniteFraction() {
    }

    /**
     * @param n the dimension, at least 1
     * @param samples how many matrices to draw, at least 1
     * @param random the source of the entries
     * @param checkpoint called every {@value #CHECKPOINT_SAMPLES} samples, for cancellation
     * @return the fraction of the samples that are positive definite
     */
    public static double estimate(int n, int samples, RandomStream random, Runnable checkpoint) {
        if (n < 1 || samples < 1) {
            throw new IllegalArgumentException("n = " + n + ", samples = " + samples
                    + "; expected a dimension and a sample count of at least 1");
        }

        int positive = 0;
        double[][] a = new double[n][n];
        for (int s = 0; s < samples; s++) {
            if (s % CHECKPOINT_SAMPLES == 0) {
                checkpoint.run();
            }
            fill(a, random);
            if (isPositiveDefinite(a)) {
                positive++;
            }
        }
        return (double) positive / samples;
    }

    /** Fills {@code a} with a GOE sample. */
    static void fill(double[][] a, RandomStream random) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            a[i][i] = Math.sqrt(2) * random.nextGaussian();
            for (int j = i + 1; j < n; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
    }

    /**
     * Cholesky factorisation A = L L^T exists, with positive pivots, exactly when the symmetric A is
     * positive definite; it costs n^3/6 operations and stops at the first pivot that is not positive.
     */
    static boolean isPositiveDefinite(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];
            }
            if (!(pivot > 0)) {
                return false;
            }
            l[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        return true;
    }
}
