/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import landscape.core.tensor.Tensor;
import landscape.core.tests.support.Tolerances;

/**
 * Exact Hessians and Hessian-vector products against closed forms. Both sides are exact float64
 * computations, so they agree to {@link Tolerances#EXACT} relative to the largest entry.
 */
class HessianTest {

    private static final double[] A = { 3.0, -1.0, 0.5, 2.0, 4.0, 1.5, -0.5, 0.25, 5.0 };

    private static Tensor quadraticForm(Tensor x) {
        Tensor column = x.reshape(3, 1);
        return column.transpose().matmul(Tensor.of(A, 3, 3)).matmul(column).sum();
    }

    static Tensor rosenbrock(Tensor p) {
        Tensor x = p.slice(0, 0, 1);
        Tensor y = p.slice(0, 1, 2);
        Tensor valley = y.sub(x.square()).square().mul(100.0);
        return x.neg().add(1.0).square().add(valley).sum();
    }

    @Test
    void quadraticFormHasHessianAPlusATranspose() {
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = A[i * 3 + j] + A[j * 3 + i];
            }
        }

        Tensor h = Hessian.of(HessianTest::quadraticForm, Tensor.of(0.3, -1.2, 2.0));

        assertArrayEquals(expected, h.toArray(), scaled(expected), "Hessian of x'Ax, tolerance EXACT");
    }

    @Test
    void quadraticFormHessianVectorProductIsExact() {
        double[] v = { 1.0, -2.0, 0.5 };
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i] += (A[i * 3 + j] + A[j * 3 + i]) * v[j];
            }
        }

        Tensor hv = HessianVectorProduct.of(HessianTest::quadraticForm, Tensor.of(0.3, -1.2, 2.0), Tensor.of(v));

        assertArrayEquals(expected, hv.toArray(), scaled(expected), "(A + A')v, tolerance EXACT");
    }

    @ParameterizedTest(name = "Rosenbrock at ({0}, {1})")
    @CsvSource({ "1, 1", "0, 0", "-1, 2", "0.5, -0.75" })
    void rosenbrockHessianMatchesAnalyticFormula(double x, double y) {
        double[] expected = {
                2 - 400 * y + 1200 * x * x, -400 * x,
                -400 * x, 200 };

        Tensor h = Hessian.of(HessianTest::rosenbrock, Tensor.of(x, y));

        assertArrayEquals(expected, h.toArray(), scaled(expected),
                "Rosenbrock Hessian [[2 - 400y + 1200x^2, -400x], [-400x, 200]], tolerance EXACT");
    }

    @Test
    void rosenbrockHessianAtMinimumIsTheTextbookMatrix() {
        Tensor h = Hessian.of(HessianTest::rosenbrock, Tensor.of(1.0, 1.0));

        assertArrayEquals(new double[] { 802, -400, -400, 200 }, h.toArray(), 802 * Tolerances.EXACT,
                "Rosenbrock Hessian at (1, 1), tolerance EXACT");
    }

    @Test
    void twoLayerLinearNetworkMatchesClosedForm() {
        double[][] inputs = { { 1.0, 2.0 }, { -0.5, 1.5 }, { 2.0, -1.0 } };
        double[] targets = { 0.7, -0.2, 1.1 };
        double[] theta = { 0.4, -0.3, 0.8, 0.2, 1.5, -0.6 };

        Tensor h = Hessian.of(linearNetworkLoss(inputs, targets), Tensor.of(theta));
        double[] expected = linearNetworkHessian(inputs, targets, theta);

        assertArrayEquals(expected, h.toArray(), scaled(expected),
                "Hessian of 0.5 mean (w2'W1x - y)^2 against its closed form, tolerance EXACT");
    }

    @Test
    void hessianOfLinearFunctionIsZero() {
        Tensor h = Hessian.of(x -> x.mul(Tensor.of(1.0, 2.0)).sum(), Tensor.of(0.5, 0.5));

        assertArrayEquals(new double[4], h.toArray(), 0.0, "Hessian of a linear function, exactly zero");
        assertEquals(2, h.shape().dim(0), "Hessian rows");
    }

    // theta = (W1 row-major [2, 2], w2 [2]); loss 0.5 * mean over samples of (w2' W1 x - y)^2.
    private static Function<Tensor, Tensor> linearNetworkLoss(double[][] inputs, double[] targets) {
        double[] flat = new double[inputs.length * 2];
        for (int n = 0; n < inputs.length; n++) {
            flat[2 * n] = inputs[n][0];
            flat[2 * n + 1] = inputs[n][1];
        }
        Tensor x = Tensor.of(flat, inputs.length, 2);
        Tensor y = Tensor.of(targets, inputs.length, 1);
        return theta -> {
            Tensor w1 = theta.slice(0, 0, 4).reshape(2, 2);
            Tensor w2 = theta.slice(0, 4, 6).reshape(2, 1);
            Tensor residual = x.matmul(w1.transpose()).matmul(w2).sub(y);
            return residual.square().mean().mul(0.5);
        };
    }

    private static double[] linearNetworkHessian(double[][] inputs, double[] targets, double[] theta) {
        double[] h = new double[36];
        int count = inputs.length;
        for (int n = 0; n < count; n++) {
            double[] x = inputs[n];
            double[] hidden = new double[2];
            for (int i = 0; i < 2; i++) {
                hidden[i] = theta[2 * i] * x[0] + theta[2 * i + 1] * x[1];
            }
            double r = theta[4] * hidden[0] + theta[5] * hidden[1] - targets[n];

            // d(out)/dW1[i][k] = w2[i] x[k], d(out)/dw2[i] = hidden[i]; Gauss-Newton part plus the
            // residual times d2(out)/dW1[i][k] dw2[j] = delta_ij x[k].
            double[] jac = { theta[4] * x[0], theta[4] * x[1], theta[5] * x[0], theta[5] * x[1], hidden[0], hidden[1] };
            for (int a = 0; a < 6; a++) {
                for (int b = 0; b < 6; b++) {
                    h[a * 6 + b] += jac[a] * jac[b] / count;
                }
            }
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < 2; k++) {
                    h[(2 * i + k) * 6 + 4 + i] += r * x[k] / count;
                    h[(4 + i) * 6 + 2 * i + k] += r * x[k] / count;
                }
            }
        }
        return h;
    }

    private static double scaled(double[] expected) {
        double max = 0.0;
        for (double e : expected) {
            max = Math.max(max, Math.abs(e));
        }
        return Tolerances.EXACT * Math.max(1.0, max);
    }
}
