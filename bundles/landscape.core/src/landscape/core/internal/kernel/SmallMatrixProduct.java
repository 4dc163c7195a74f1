/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

/** Dense matrix product of row-major plain arrays, for matrices too small to pay for a BLAS call. */
public final class SmallMatrixProduct {

    private SmallMatrixProduct() {
    }

    /** {@code a [m, k]} times {@code b [k, n]} as a new {@code [m, n]} array. */
    public static double[] multiply(double[] a, double[] b, int m, int k, int n) {
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            int row = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int brow = p * n;
                for (int j = 0; j < n; j++) {
                    out[row + j] += aip * b[brow + j];
                }
            }
        }
        return out;
    }

    /** Transpose of a row-major {@code [rows, cols]} array. */
    public static double[] transpose(double[] x, int rows, int cols) {
        double[] out = new double[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = x[i * cols + j];
            }
        }
        return out;
    }
}
