/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.HessianVectorProduct;
import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Tensor;

/**
 * Checks exact derivatives against central differences in float64, an independent oracle:
 * {@code df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / 2h} with {@code h = Tolerances.FD_EPS},
 * compared within {@link Tolerances#close}.
 */
public final class GradientCheck {

    private GradientCheck() {
    }

    /** Central-difference gradient of a scalar function at {@code x}, evaluated without recording. */
    public static double[] centralDifference(Function<Tensor, Tensor> f, Tensor x) {
        double[] base = x.toArray();
        int[] dims = x.shape().dims();
        double[] grad = new double[base.length];
        try (NoGrad scope = NoGrad.enter()) {
            for (int i = 0; i < base.length; i++) {
                double[] plus = base.clone();
                double[] minus = base.clone();
                plus[i] += Tolerances.FD_EPS;
                minus[i] -= Tolerances.FD_EPS;
                double fPlus = f.apply(Tensor.of(plus, dims)).item();
                double fMinus = f.apply(Tensor.of(minus, dims)).item();
                grad[i] = (fPlus - fMinus) / (2 * Tolerances.FD_EPS);
            }
        }
        return grad;
    }

    /** The exact gradient of {@code f} at {@code x} by reverse mode. */
    public static double[] exactGradient(Function<Tensor, Tensor> f, Tensor x) {
        Tensor variable = x.detach().variable();
        return Gradients.of(f.apply(variable), variable).toArray();
    }

    /** Asserts that reverse mode agrees with central differences at {@code x}. */
    public static void assertGradient(String what, Function<Tensor, Tensor> f, Tensor x) {
        assertClose(what + " gradient", centralDifference(f, x), exactGradient(f, x));
    }

    /**
     * Asserts that the exact Hessian-vector product at {@code x} agrees with central differences of
     * the exact gradient along {@code v}: {@code (g(x + h v) - g(x - h v)) / 2h}.
     */
    public static void assertHessianVectorProduct(String what, Function<Tensor, Tensor> f, Tensor x, Tensor v) {
        double[] base = x.toArray();
        double[] dir = v.toArray();
        int[] dims = x.shape().dims();
        double[] plus = base.clone();
        double[] minus = base.clone();
        for (int i = 0; i < base.length; i++) {
            plus[i] += Tolerances.FD_EPS * dir[i];
            minus[i] -= Tolerances.FD_EPS * dir[i];
        }
        double[] gPlus = exactGradient(f, Tensor.of(plus, dims));
        double[] gMinus = exactGradient(f, Tensor.of(minus, dims));
        double[] expected = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            expected[i] = (gPlus[i] - gMinus[i]) / (2 * Tolerances.FD_EPS);
        }

        double[] actual = HessianVectorProduct.of(f, x, v).toArray();
        assertClose(what + " Hessian-vector product", expected, actual);
    }

    /** Asserts elementwise agreement within {@link Tolerances#close}, naming the first element that differs. */
    public static void assertClose(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": element count");
        for (int i = 0; i < expected.length; i++) {
            int index = i;
            double e = expected[i];
            double a = actual[i];
            assertTrue(Tolerances.close(e, a), () -> what + ": element " + index + " is " + a + ", expected " + e
                    + " within ABSOLUTE + RELATIVE * |value| (central differences, FD_EPS)");
        }
    }
}
