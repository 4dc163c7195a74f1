/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.Hessian;
import landscape.core.tensor.Tensor;

/**
 * Gradients and Hessians of parsed expressions, taken by the core's automatic differentiation,
 * against the derivatives worked out by hand.
 */
class ExpressionDerivativeTest {

    /**
     * Automatic differentiation is exact up to the rounding of each operation in float64; the
     * closed forms round differently, which stays within 1e-12 of the entries' scale here.
     */
    private static final double DERIVATIVE_TOLERANCE = 1e-12;

    private static final double X = 0.6;
    private static final double Y = -0.4;

    static Stream<Arguments> gradients() {
        return Stream.of(
                gradient("(1-x)^2 + 100*(y-x^2)^2",
                        (x, y) -> new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)}),
                gradient("x^3 - 3*x*y^2", (x, y) -> new double[] {3 * x * x - 3 * y * y, -6 * x * y}),
                gradient("sin(x) * cos(y)", (x, y) -> new double[] {Math.cos(x) * Math.cos(y),
                    -Math.sin(x) * Math.sin(y)}),
                gradient("exp(x*y) + log(x) - tanh(y)", (x, y) -> new double[] {y * Math.exp(x * y) + 1 / x,
                    x * Math.exp(x * y) - (1 - Math.tanh(y) * Math.tanh(y))}),
                gradient("sqrt(x) * abs(y) / (1 + x)", (x, y) -> new double[] {
                    Math.abs(y) * (0.5 / Math.sqrt(x) / (1 + x) - Math.sqrt(x) / ((1 + x) * (1 + x))),
                    Math.signum(y) * Math.sqrt(x) / (1 + x)}),
                gradient("sigmoid(2*x - y)", (x, y) -> {
                    double s = 1 / (1 + Math.exp(-(2 * x - y)));
                    return new double[] {2 * s * (1 - s), -s * (1 - s)};
                }),
                gradient("x^y", (x, y) -> new double[] {y * Math.pow(x, y - 1), Math.pow(x, y) * Math.log(x)}));
    }

    private static Arguments gradient(String text, BiFunction<Double, Double, double[]> closedForm) {
        return Arguments.of(text, closedForm);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradients")
    void gradientMatchesTheClosedForm(String text, BiFunction<Double, Double, double[]> closedForm) {
        ExpressionLoss loss = new ExpressionLoss(Expression.parse(text));
        Tensor w = Tensor.of(X, Y).variable();

        double[] gradient = Gradients.of(loss.at(w), w).toArray();

        double[] expected = closedForm.apply(X, Y);
        assertArrayEquals(expected, gradient, scale(expected) * DERIVATIVE_TOLERANCE, "gradient of " + text);
    }

    @Test
    void hessianOfSinesIsExact() {
        ExpressionLoss loss = new ExpressionLoss(Expression.parse("sin(x) * cos(y)"));

        double[] h = Hessian.of(loss::at, Tensor.of(X, Y)).toArray();

        double sxcy = Math.sin(X) * Math.cos(Y);
        double cxsy = Math.cos(X) * Math.sin(Y);
        assertArrayEquals(new double[] {-sxcy, -cxsy, -cxsy, -sxcy}, h, DERIVATIVE_TOLERANCE,
                "Hessian of sin(x) cos(y), whose second derivatives come from the recorded cos and sin");
    }

    @Test
    void hessianOfRosenbrockIsExact() {
        ExpressionLoss loss = new ExpressionLoss(Expression.parse("(1-x)^2 + 100*(y-x^2)^2"));

        double[] h = Hessian.of(loss::at, Tensor.of(X, Y)).toArray();

        double[] expected = {2 - 400 * (Y - X * X) + 800 * X * X, -400 * X, -400 * X, 200};
        assertArrayEquals(expected, h, scale(expected) * DERIVATIVE_TOLERANCE, "Hessian of Rosenbrock");
    }

    @Test
    void constantExpressionHasAZeroGradient() {
        ExpressionLoss loss = new ExpressionLoss(Expression.parse("2 * pi"));
        Tensor w = Tensor.of(X, Y).variable();

        double[] gradient = Gradients.of(loss.at(w), w).toArray();

        assertArrayEquals(new double[] {0, 0}, gradient, 0.0, "a constant does not change with w");
        assertEquals(2 * Math.PI, loss.value(X, Y), 0.0, "its value");
    }

    private static double scale(double[] values) {
        double largest = 1.0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }
}
