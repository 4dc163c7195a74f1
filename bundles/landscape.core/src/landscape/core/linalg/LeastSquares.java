/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Linear least squares {@code min ||A x - b||} in float64 with commons-math3.
 * <p>
 * Over-determined systems of full column rank go through a Householder QR of {@code A} with its
 * columns scaled to unit norm, which makes the rank test independent of the units of the
 * columns (polynomial features of very different sizes, for example). Under-determined or rank
 * deficient systems get the minimum-norm solution from the singular value decomposition.
 */
public final class LeastSquares {

    /**
     * Smallest diagonal entry of {@code R}, for unit-norm columns, below which the columns count as
     * linearly dependent: about {@code 1e6} ulps, far above rounding for well-posed problems.
     */
    public static final double RANK_TOLERANCE = 1e-10;

    private LeastSquares() {
    }

    /**
     * The least-squares solution; for fewer rows than columns the minimum-norm solution.
     *
     * @throws IllegalArgumentException if an over-determined {@code A} is rank deficient
     */
    public static double[] solve(double[][] a, double[] b) {
        RealMatrix matrix = checked(a, b);
        if (matrix.getRowDimension() < matrix.getColumnDimension()) {
            return minimumNorm(a, b);
        }

        double[] scale = columnNorms(matrix);
        for (int j = 0; j < scale.length; j++) {
            if (scale[j] == 0.0) {
                throw new IllegalArgumentException("column " + j + " of A is zero; expected full column rank, "
                        + "use minimumNorm for rank-deficient systems");
            }
            matrix.setColumnVector(j, matrix.getColumnVector(j).mapDivide(scale[j]));
        }

        try {
            QRDecomposition qr = new QRDecomposition(matrix, RANK_TOLERANCE);
            double[] y = qr.getSolver().solve(new ArrayRealVector(b)).toArray();
            for (int j = 0; j < y.length; j++) {
                y[j] /= scale[j];
            }
            return y;
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("A is rank deficient at RANK_TOLERANCE = " + RANK_TOLERANCE
                    + "; expected full column rank, use minimumNorm for rank-deficient systems", e);
        }
    }

    /** The solution of least norm among all least-squares solutions, via the SVD pseudo-inverse. */
    public static double[] minimumNorm(double[][] a, double[] b) {
        RealMatrix matrix = checked(a, b);
        return new SingularValueDecomposition(matrix).getSolver().solve(new ArrayRealVector(b)).toArray();
    }

    private static RealMatrix checked(double[][] a, double[] b) {
        if (a.length == 0 || a[0].length == 0) {
            throw new IllegalArgumentException("A is empty; expected at least one row and one column");
        }
        if (b.length != a.length) {
            throw new IllegalArgumentException(
                    "b has " + b.length + " entries; expected one per row of A, " + a.length);
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i].length != a[0].length) {
                throw new IllegalArgumentException(
                        "row " + i + " of A has " + a[i].length + " entries; expected " + a[0].length);
            }
        }
        return new Array2DRowRealMatrix(a, true);
    }

    private static double[] columnNorms(RealMatrix m) {
        double[] norms = new double[m.getColumnDimension()];
        for (int j = 0; j < norms.length; j++) {
            norms[j] = m.getColumnVector(j).getNorm();
        }
        return norms;
    }
}
