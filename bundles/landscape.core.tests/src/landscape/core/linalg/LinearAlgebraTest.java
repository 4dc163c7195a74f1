/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import landscape.core.tests.support.Tolerances;

/** Decompositions and solvers against systems with known solutions; tolerance {@link Tolerances#EXACT}. */
class LinearAlgebraTest {

    @Test
    void eigenvaluesAscendWithUnitEigenvectors() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3 with eigenvectors (1, -1) / sqrt 2 and (1, 1) / sqrt 2.
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] { { 2, 1 }, { 1, 2 } });

        assertArrayEquals(new double[] { 1, 3 }, eigen.values(), Tolerances.EXACT, "eigenvalues ascending");
        double[] v = eigen.vector(0);
        assertEquals(0.0, v[0] + v[1], Tolerances.EXACT, "eigenvector of 1 is along (1, -1)");
        assertEquals(1.0, Math.hypot(v[0], v[1]), Tolerances.EXACT, "eigenvector has unit norm");
    }

    @Test
    void eigenDecompositionReconstructsTheMatrix() {
        double[][] a = { { 4, -2, 0.5 }, { -2, 3, 1 }, { 0.5, 1, -6 } };

        SymmetricEigen eigen = SymmetricEigen.of(a);

        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += eigen.values()[k] * eigen.vector(k)[i] * eigen.vector(k)[j];
                }
                assertEquals(a[i][j], sum, 10 * Tolerances.EXACT, "V diag(l) V' entry (" + i + ", " + j + ")");
            }
        }
        assertArrayEquals(new int[] { 1, 0, 2 }, eigen.inertia(1e-9), "one negative and two positive eigenvalues");
    }

    @Test
    void rosenbrockMinimumIsPositiveDefinite() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] { { 802, -400 }, { -400, 200 } });

        double[] l = eigen.values();
        double sum = 1002;
        double det = 802 * 200 - 400 * 400;
        double disc = Math.sqrt(sum * sum - 4 * det);
        assertArrayEquals(new double[] { (sum - disc) / 2, (sum + disc) / 2 }, l, 1e3 * Tolerances.EXACT,
                "closed-form eigenvalues of a 2x2 matrix, tolerance EXACT times the entry scale");
    }

    @Test
    void asymmetricMatrixIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(new double[][] { { 1, 2 }, { 3, 4 } }), "asymmetric input");
        assertEquals(true, e.getMessage().contains("expected a symmetric matrix"), "message: " + e.getMessage());
    }

    @Test
    void leastSquaresFitsALineExactly() {
        double[][] a = { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } };
        double[] b = { 1, 3, 5, 7 };

        assertArrayEquals(new double[] { 1, 2 }, LeastSquares.solve(a, b), Tolerances.EXACT * 10, "b = 1 + 2t");
    }

    @Test
    void leastSquaresSolvesTheNormalEquationsOfAnInconsistentSystem() {
        // Fit of a constant to (0, 1, 5): the mean, 2.
        double[] x = LeastSquares.solve(new double[][] { { 1 }, { 1 }, { 1 } }, new double[] { 0, 1, 5 });

        assertArrayEquals(new double[] { 2 }, x, Tolerances.EXACT * 10, "least-squares constant is the mean");
    }

    @Test
    void columnScalingHandlesBadlyScaledColumns() {
        double[][] a = { { 1, 0 }, { 1, 1e8 }, { 1, 2e8 } };
        double[] b = { 1, 1 + 3, 1 + 6 };

        double[] x = LeastSquares.solve(a, b);

        assertEquals(1.0, x[0], 1e-9, "intercept; tolerance 1e-9 for a column scale ratio of 1e8");
        assertEquals(3e-8, x[1], 1e-17, "slope per unit of the large column");
    }

    @Test
    void underdeterminedSystemGetsTheMinimumNormSolution() {
        // x + y = 2 has minimum-norm solution (1, 1).
        double[] x = LeastSquares.solve(new double[][] { { 1, 1 } }, new double[] { 2 });

        assertArrayEquals(new double[] { 1, 1 }, x, Tolerances.EXACT * 10, "minimum-norm solution of x + y = 2");
    }

    @Test
    void rankDeficientSystemIsRejectedByQrButSolvedByMinimumNorm() {
        double[][] a = { { 1, 2 }, { 2, 4 }, { 3, 6 } };
        double[] b = { 1, 2, 3 };

        assertThrows(IllegalArgumentException.class, () -> LeastSquares.solve(a, b), "dependent columns");
        // Solutions are x + 2y = 1; the one of least norm is (1, 2) / 5.
        assertArrayEquals(new double[] { 0.2, 0.4 }, LeastSquares.minimumNorm(a, b), Tolerances.EXACT * 10,
                "minimum-norm solution of a rank-one system");
    }
}
