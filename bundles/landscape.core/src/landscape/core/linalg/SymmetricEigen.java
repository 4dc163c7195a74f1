/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigendecomposition of a real symmetric matrix in float64: eigenvalues in ascending order and an
 * orthonormal eigenvector for each. Computed by commons-math3 (Householder tridiagonalisation and
 * implicit QL), which for the small dense matrices of Hessian analysis is much faster than a
 * round trip through Nd4j.
 */
public final class SymmetricEigen {

    /**
     * Largest accepted asymmetry {@code |a_ij - a_ji|} relative to the largest entry: autodiff
     * Hessians are symmetrised exactly, so anything beyond rounding means a wrong input.
     */
    public static final double SYMMETRY_TOLERANCE = 1e-10;

    private final double[] values;
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** Decomposes the symmetric square matrix {@code a}, given as rows. */
    public static SymmetricEigen of(double[][] a) {
        checkSymmetric(a);

        EigenDecomposition decomposition = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
        int n = a.length;
        double[] raw = decomposition.getRealEigenvalues();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));

        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            values[i] = raw[order[i]];
            vectors[i] = decomposition.getEigenvector(order[i]).toArray();
        }
        return new SymmetricEigen(values, vectors);
    }

    private static void checkSymmetric(double[][] a) {
        int n = a.length;
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + a[i].length + " entries; expected a square matrix of size " + n);
            }
            for (double v : a[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > SYMMETRY_TOLERANCE * Math.max(scale, 1.0)) {
                    throw new IllegalArgumentException("a[" + i + "][" + j + "] = " + a[i][j] + " but a[" + j + "]["
                            + i + "] = " + a[j][i] + "; expected a symmetric matrix");
                }
            }
        }
    }

    /** The eigenvalues, ascending. */
    public double[] values() {
        return values.clone();
    }

    /** The unit eigenvector of {@code values()[i]}. */
    public double[] vector(int i) {
        return vectors[i].clone();
    }

    /** Number of eigenvalues below {@code -tolerance}, equal within it, and above: negative, zero, positive. */
    public int[] inertia(double tolerance) {
        int[] counts = new int[3];
        for (double v : values) {
            counts[v < -tolerance ? 0 : v > tolerance ? 2 : 1]++;
        }
        return counts;
    }
}
