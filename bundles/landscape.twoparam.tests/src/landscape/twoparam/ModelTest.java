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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.Hessian;
import landscape.core.data.RandomStream;
import landscape.core.linalg.SymmetricEigen;
import landscape.core.tensor.Tensor;

/**
 * The two-parameter models: their gradients against central differences, their grids against
 * point-by-point evaluation, and the hyperbola of minima of the linear network.
 */
class ModelTest {

    /** Central differences with this step have truncation error h^2 f'''/6 ~ 1e-11 and rounding eps/h ~ 1e-11. */
    private static final double DIFFERENCE_STEP = 1e-5;

    /** Agreement expected between autodiff and central differences, from the two error terms above, with margin. */
    private static final double DIFFERENCE_TOLERANCE = 1e-8;

    /**
     * Grid and point evaluation do the same operations on the same numbers but may sum the data
     * points in another order: 100 terms give a few ulps, well within 1e-12 relative.
     */
    private static final double GRID_TOLERANCE = 1e-12;

    /** Exact derivatives, rounded in float64, at entries of order 1 to 10. */
    private static final double EXACT_TOLERANCE = 1e-10;

    private static final long SEED = 7;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TwoParameterModel.class)
    void gradientMatchesCentralDifferences(TwoParameterModel model) {
        DatasetLoss loss = loss(model, 0.1);
        double[][] points = {{0.3, -0.8}, {1.5, 0.7}, {-2.0, 1.2}};

        for (double[] p : points) {
            Tensor w = Tensor.of(p).variable();
            double[] gradient = Gradients.of(loss.at(w), w).toArray();

            double[] difference = {
                (loss.value(p[0] + DIFFERENCE_STEP, p[1]) - loss.value(p[0] - DIFFERENCE_STEP, p[1]))
                        / (2 * DIFFERENCE_STEP),
                (loss.value(p[0], p[1] + DIFFERENCE_STEP) - loss.value(p[0], p[1] - DIFFERENCE_STEP))
                        / (2 * DIFFERENCE_STEP)};
            assertArrayEquals(difference, gradient, DIFFERENCE_TOLERANCE, model + " gradient at (" + p[0] + ", "
                    + p[1] + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TwoParameterModel.class)
    void gridAgreesWithPointByPointValues(TwoParameterModel model) {
        DatasetLoss loss = loss(model, 0.1);
        double[] w1s = Box.axis(-3, 3, 23);
        double[] w2s = Box.axis(-2, 4, 17);

        double[][] grid = loss.grid(w1s, w2s);

        for (int j = 0; j < w2s.length; j++) {
            for (int i = 0; i < w1s.length; i++) {
                double expected = loss.value(w1s[i], w2s[j]);
                assertEquals(expected, grid[j][i], Math.abs(expected) * GRID_TOLERANCE, model + " at (" + w1s[i]
                        + ", " + w2s[j] + ")");
            }
        }
    }

    @Test
    void expressionGridAgreesWithPointByPointValues() {
        ExpressionLoss loss = new ExpressionLoss(Expression.parse("(1-x)^2 + 100*(y-x^2)^2 + sin(x*y)"));
        double[] w1s = Box.axis(-2, 2, 301);
        double[] w2s = Box.axis(-1, 3, 40);

        double[][] grid = loss.grid(w1s, w2s);

        for (int j = 0; j < w2s.length; j += 3) {
            for (int i = 0; i < w1s.length; i += 7) {
                double expected = loss.value(w1s[i], w2s[j]);
                assertEquals(expected, grid[j][i], Math.abs(expected) * GRID_TOLERANCE, "at (" + w1s[i] + ", "
                        + w2s[j] + ")");
            }
        }
    }

    /**
     * Fitting t = c x by w2 w1 x makes every (w1, w2) with w1 w2 = c, c = sum(x t) / sum(x^2), a
     * minimum: the gradient vanishes there, the loss is the same, and the Hessian has the
     * eigenvalue 0 along the hyperbola.
     */
    @Test
    void linearNetworkHasAHyperbolaOfMinima() {
        DatasetLoss loss = loss(TwoParameterModel.LINEAR_NETWORK, 0.3);
        double c = leastSquaresSlope(loss.data());
        double lowest = loss.value(c, 1);

        for (double w1 : new double[] {0.5, 1.0, 2.0, -1.5}) {
            double w2 = c / w1;
            Tensor w = Tensor.of(w1, w2).variable();
            double[] gradient = Gradients.of(loss.at(w), w).toArray();
            double[] eigenvalues = SymmetricEigen.of(Hessian.toMatrix(Hessian.of(loss::at, Tensor.of(w1, w2))))
                    .values();

            assertArrayEquals(new double[] {0, 0}, gradient, EXACT_TOLERANCE, "gradient at w1 = " + w1);
            assertEquals(lowest, loss.value(w1, w2), EXACT_TOLERANCE, "same loss along the hyperbola, w1 = " + w1);
            assertEquals(0, eigenvalues[0], EXACT_TOLERANCE, "flat along the hyperbola at w1 = " + w1);
            assertTrue(eigenvalues[1] > 0.1, "curved across it at w1 = " + w1 + ": " + eigenvalues[1]);
        }
        assertTrue(loss.value(1.1 * c, 1) > lowest, "off the hyperbola the loss is higher");
    }

    @Test
    void linearNetworkOnOnePointIsTheHalfSquaredResidualExpression() {
        DatasetLoss network = new DatasetLoss(TwoParameterModel.LINEAR_NETWORK, new Dataset(new double[] {1},
                new double[] {1}));
        ExpressionLoss expression = new ExpressionLoss(Expression.parse("0.5*(1-x*y)^2"));

        for (double[] p : new double[][] {{0, 0}, {1, 1}, {2, 0.5}, {-1.3, 0.4}}) {
            assertEquals(expression.value(p[0], p[1]), network.value(p[0], p[1]), EXACT_TOLERANCE,
                    "L at (" + p[0] + ", " + p[1] + ")");
        }
    }

    @Test
    void logisticTeacherLabelsAreZeroOrOneAndNoisyTargetsScatter() {
        Dataset labels = Dataset.fromTeacher(TwoParameterModel.LOGISTIC, 200, 0.0, 2, 0, RandomStream.seeded(SEED));
        Dataset noisy = Dataset.fromTeacher(TwoParameterModel.TANH_UNIT, 200, 0.5, 1, 1, RandomStream.seeded(SEED));

        for (double t : labels.targets()) {
            assertTrue(t == 0.0 || t == 1.0, "label " + t + " of the classifier's teacher; expected 0 or 1");
        }
        double[] x = noisy.inputs();
        double[] t = noisy.targets();
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            squares += Math.pow(t[i] - Math.tanh(x[i]), 2);
        }
        // The sample variance of 200 draws of N(0, 0.25) lies within 0.25 +- 0.1 (4 standard errors of 0.025).
        assertEquals(0.25, squares / x.length, 0.1, "variance of the target noise");
    }

    private static DatasetLoss loss(TwoParameterModel model, double noise) {
        return new DatasetLoss(model, Dataset.fromTeacher(model, 50, noise, 1, 1, RandomStream.seeded(SEED)));
    }

    private static double leastSquaresSlope(Dataset data) {
        double[] x = data.inputs();
        double[] t = data.targets();
        double xt = 0;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            xt += x[i] * t[i];
            xx += x[i] * x[i];
        }
        return xt / xx;
    }
}
