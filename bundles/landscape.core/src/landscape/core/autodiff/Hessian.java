/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import java.util.List;
import java.util.function.Function;

import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/**
 * The full Hessian of a scalar function of a vector, for models with few parameters: one
 * differentiable gradient, then one exact Hessian-vector product per basis vector, reusing the
 * recorded gradient graph. The result is symmetrised, {@code (H + H^T) / 2}, which removes the
 * rounding asymmetry of the separate products.
 */
public final class Hessian {

    /**
     * Largest supported number of parameters: the Hessian is dense and costs one reverse sweep per
     * parameter, which stays interactive up to a few thousand parameters.
     */
    public static final int MAX_PARAMETERS = 4096;

    private Hessian() {
    }

    /**
     * The Hessian of {@code f} at {@code x}, a one-dimensional tensor of {@code n} elements, as an
     * {@code [n, n]} {@code FLOAT64} tensor.
     */
    public static Tensor of(Function<Tensor, Tensor> f, Tensor x) {
        if (x.rank() != 1 || x.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("x has shape " + x.shape()
                    + "; expected a vector of at most " + MAX_PARAMETERS + " parameters");
        }

        int n = x.size();
        double[] h = new double[n * n];
        try (NoGrad scope = NoGrad.recording(true)) {
            Tensor variable = x.detach().variable();
            List<Tensor> grad = Gradients.ofDifferentiable(f.apply(variable), List.of(variable));
            for (int i = 0; i < n; i++) {
                Tensor basis = basisVector(n, i, x.dtype());
                double[] column = HessianVectorProduct.differentiateAgain(grad, List.of(basis), List.of(variable))
                        .get(0).toArray();
                for (int j = 0; j < n; j++) {
                    h[j * n + i] = column[j];
                }
            }
        }
        return Tensor.of(symmetrised(h, n), n, n);
    }

    private static Tensor basisVector(int n, int i, DType dtype) {
        double[] e = new double[n];
        e[i] = 1.0;
        return Tensor.of(dtype, e, n);
    }

    private static double[] symmetrised(double[] h, int n) {
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = 0.5 * (h[i * n + j] + h[j * n + i]);
            }
        }
        return s;
    }

    /** The Hessian as a row-major {@code double[n][n]}, convenient for eigen-analysis. */
    public static double[][] toMatrix(Tensor hessian) {
        Shape shape = hessian.shape();
        if (shape.rank() != 2 || shape.dim(0) != shape.dim(1)) {
            throw new IllegalArgumentException("hessian has shape " + shape + "; expected a square matrix");
        }

        int n = shape.dim(0);
        double[] flat = hessian.toArray();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, m[i], 0, n);
        }
        return m;
    }
}
