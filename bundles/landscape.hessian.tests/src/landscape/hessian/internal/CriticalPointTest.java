/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import landscape.twoparam.Box;
import landscape.twoparam.Expression;
import landscape.twoparam.ExpressionLoss;
import landscape.twoparam.TwoParameterLoss;

/**
 * Critical points and their Hessians on functions whose critical points are known in closed form,
 * or to the four decimals the literature gives for the six-hump camel.
 */
class CriticalPointTest {

    /** Exact Hessians of polynomials with entries of order 1 to 10, rounded in float64. */
    private static final double HESSIAN_TOLERANCE = 1e-12;

    /**
     * Found points are at |grad L| < 1e-8 from the true ones; with curvatures of order 1 and above
     * the distance is below 1e-8 too, and the search polishes far beyond that.
     */
    private static final double LOCATION_TOLERANCE = 1e-7;

    /** The six-hump camel's critical points are tabulated to four decimals. */
    private static final double TABULATED_TOLERANCE = 1e-4;

    private static final double EIGENVALUE_TOLERANCE = HessianExperiment.EIGENVALUE_TOLERANCE;

    private static final String HYPERBOLA = "0.5*(1-x*y)^2";

    @Test
    void originOfTheHyperbolaLossIsASaddleWithEigenvaluesMinusOneAndOne() {
        CriticalPoint origin = analyse(HYPERBOLA, 0, 0);

        assertArrayEquals(new double[] {-1, 1}, origin.eigenvalues(), HESSIAN_TOLERANCE, "eigenvalues at (0, 0)");
        assertEquals(PointType.SADDLE, origin.type(), "type at (0, 0)");
        assertEquals(1.0, origin.conditionNumber(), HESSIAN_TOLERANCE, "|lmax| / |lmin| at (0, 0)");
    }

    /** On w1 w2 = 1 the Hessian is [w2^2, 1; 1, w1^2]: determinant 0, trace w1^2 + w2^2. */
    @Test
    void pointsOnTheHyperbolaAreDegenerateMinimaWithEigenvaluesZeroAndTheSquaredRadius() {
        for (double[] p : new double[][] {{1, 1}, {2, 0.5}, {-4, -0.25}}) {
            CriticalPoint point = analyse(HYPERBOLA, p[0], p[1]);

            double radius = p[0] * p[0] + p[1] * p[1];
            assertArrayEquals(new double[] {0, radius}, point.eigenvalues(), HESSIAN_TOLERANCE * radius,
                    "eigenvalues at (" + p[0] + ", " + p[1] + ")");
            assertEquals(PointType.DEGENERATE, point.type(), "type at (" + p[0] + ", " + p[1] + ")");
            assertEquals(0.0, point.gradientNorm(), HESSIAN_TOLERANCE, "gradient on the hyperbola");
        }
    }

    @Test
    void finderReturnsTheSaddleAndDegeneratePointsOnTheHyperbola() {
        List<CriticalPoint> points = find(HYPERBOLA, new Box(-2, 2, -2, 2), 10);

        List<CriticalPoint> saddles = ofType(points, PointType.SADDLE);
        assertEquals(1, saddles.size(), "one saddle: " + describe(points));
        assertArrayEquals(new double[] {0, 0}, saddles.get(0).point(), LOCATION_TOLERANCE, "the saddle is the origin");
        List<CriticalPoint> degenerate = ofType(points, PointType.DEGENERATE);
        assertEquals(points.size() - 1, degenerate.size(), "every other point is degenerate: " + describe(points));
        assertTrue(degenerate.size() >= 4, "several points of the hyperbola are found: " + describe(points));
        for (CriticalPoint p : degenerate) {
            assertEquals(1.0, p.point()[0] * p.point()[1], LOCATION_TOLERANCE, "w1 w2 of " + describe(List.of(p)));
        }
    }

    @Test
    void rosenbrockHasExactlyOneCriticalPointInItsBoxAMinimumAtOneOne() {
        List<CriticalPoint> points = find("(1-x)^2 + 100*(y-x^2)^2", new Box(-2, 2, -1, 3), 15);

        assertEquals(1, points.size(), "critical points: " + describe(points));
        assertArrayEquals(new double[] {1, 1}, points.get(0).point(), LOCATION_TOLERANCE, "location");
        assertEquals(PointType.MINIMUM, points.get(0).type(), "type");
        assertEquals(0.0, points.get(0).loss(), HESSIAN_TOLERANCE, "loss at the minimum");
    }

    @Test
    void differenceOfSquaresIsASaddle() {
        List<CriticalPoint> points = find("x^2 - y^2", new Box(-1, 1, -1, 1), 5);

        assertEquals(1, points.size(), "critical points: " + describe(points));
        assertEquals(PointType.SADDLE, points.get(0).type(), "type");
        assertArrayEquals(new double[] {-2, 2}, points.get(0).eigenvalues(), HESSIAN_TOLERANCE, "eigenvalues");
    }

    /** The monkey saddle's Hessian vanishes at the origin: three valleys, no quadratic term to classify it. */
    @Test
    void monkeySaddleIsDegenerateAtTheOrigin() {
        String monkey = "x^3 - 3*x*y^2";

        CriticalPoint origin = analyse(monkey, 0, 0);
        List<CriticalPoint> found = find(monkey, new Box(-1, 1, -1, 1), 6);

        assertArrayEquals(new double[] {0, 0}, origin.eigenvalues(), 0.0, "Hessian at the origin");
        assertEquals(PointType.DEGENERATE, origin.type(), "type at the origin");
        assertEquals(Double.POSITIVE_INFINITY, origin.conditionNumber(), "condition number with lambda = 0");
        assertEquals(1, found.size(), "one critical point found: " + describe(found));
        assertEquals(PointType.DEGENERATE, found.get(0).type(), "the found point: " + describe(found));
    }

    @Test
    void sixHumpCamelHasFifteenCriticalPointsOfTheTabulatedKinds() {
        List<CriticalPoint> points = find(HessianExperiment.SIX_HUMP_CAMEL, new Box(-2, 2, -1, 1), 20);

        Map<PointType, Long> counts = points.stream().collect(Collectors.groupingBy(CriticalPoint::type,
                Collectors.counting()));
        assertEquals(15, points.size(), "critical points: " + describe(points));
        assertEquals(6L, counts.get(PointType.MINIMUM), "minima: " + counts);
        assertEquals(7L, counts.get(PointType.SADDLE), "saddles: " + counts);
        assertEquals(2L, counts.get(PointType.MAXIMUM), "maxima: " + counts);

        List<CriticalPoint> minima = ofType(points, PointType.MINIMUM);
        minima.sort(Comparator.comparingDouble(CriticalPoint::loss).thenComparingDouble(p -> p.point()[0]));
        assertArrayEquals(new double[] {-0.0898, 0.7127}, minima.get(0).point(), TABULATED_TOLERANCE, "global 1");
        assertArrayEquals(new double[] {0.0898, -0.7127}, minima.get(1).point(), TABULATED_TOLERANCE, "global 2");
        assertEquals(-1.0316, minima.get(0).loss(), TABULATED_TOLERANCE, "global minimum value");
        assertEquals(minima.get(0).loss(), minima.get(1).loss(), HESSIAN_TOLERANCE, "f(-x, -y) = f(x, y)");
        assertTrue(ofType(points, PointType.SADDLE).stream().anyMatch(p -> Math.hypot(p.point()[0], p.point()[1])
                < LOCATION_TOLERANCE), "a saddle at the origin: " + describe(points));
        List<CriticalPoint> maxima = ofType(points, PointType.MAXIMUM);
        maxima.sort(Comparator.comparingDouble(p -> p.point()[0]));
        assertArrayEquals(new double[] {-1.2302, -0.1623}, maxima.get(0).point(), TABULATED_TOLERANCE, "maximum 1");
        assertArrayEquals(new double[] {1.2302, 0.1623}, maxima.get(1).point(), TABULATED_TOLERANCE, "maximum 2");
    }

    @Test
    void typesFollowTheSignsOfTheEigenvaluesBeyondTheTolerance() {
        double tol = 1e-6;

        assertEquals(PointType.MINIMUM, PointType.of(new double[] {2e-6, 3}, tol), "both above tol");
        assertEquals(PointType.MAXIMUM, PointType.of(new double[] {-3, -2e-6}, tol), "both below -tol");
        assertEquals(PointType.SADDLE, PointType.of(new double[] {-1, 1}, tol), "both signs");
        assertEquals(PointType.DEGENERATE, PointType.of(new double[] {-1e-6, 1}, tol), "|lambda| = tol is zero");
        assertEquals(PointType.DEGENERATE, PointType.of(new double[] {0, 0}, 0.0), "exactly zero with tol 0");
    }

    private static CriticalPoint analyse(String expression, double w1, double w2) {
        return CriticalPoint.analyse(loss(expression), new double[] {w1, w2}, EIGENVALUE_TOLERANCE);
    }

    private static List<CriticalPoint> find(String expression, Box box, int startsPerSide) {
        TwoParameterLoss loss = loss(expression);
        CriticalPointFinder finder = new CriticalPointFinder(loss, box, HessianExperiment.GRADIENT_TOLERANCE, 1e-4,
                100, () -> { });
        Function<double[], CriticalPoint> analysis = p -> CriticalPoint.analyse(loss, p, EIGENVALUE_TOLERANCE);
        return finder.find(startsPerSide, done -> { }).stream().map(analysis).collect(Collectors.toList());
    }

    private static TwoParameterLoss loss(String expression) {
        return new ExpressionLoss(Expression.parse(expression));
    }

    private static List<CriticalPoint> ofType(List<CriticalPoint> points, PointType type) {
        return points.stream().filter(p -> p.type() == type).collect(Collectors.toList());
    }

    private static String describe(List<CriticalPoint> points) {
        return points.stream().map(p -> p.type().label() + " (" + p.point()[0] + ", " + p.point()[1] + ") lambda "
                + p.eigenvalues()[0] + ", " + p.eigenvalues()[1]).collect(Collectors.joining("; "));
    }
}
