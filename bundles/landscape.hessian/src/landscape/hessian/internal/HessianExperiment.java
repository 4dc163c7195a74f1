/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import landscape.core.data.RandomStream;
import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Series;
import landscape.framework.results.Table;
import landscape.twoparam.Box;
import landscape.twoparam.LossGrid;
import landscape.twoparam.LossParameters;
import landscape.twoparam.TwoParameterLoss;

/**
 * Critical points of a loss of two parameters, each classified by the eigenvalues of its exact
 * Hessian, and beside them the high-dimensional picture: how rarely a random symmetric matrix is
 * positive definite as its dimension grows.
 */
public final class HessianExperiment implements Experiment {

    /** The name of the critical point set and table. */
    static final String CRITICAL_POINTS = "criticalPoints";

    /** The name of the series of positive definite fractions. */
    static final String POSITIVE_DEFINITE = "positiveDefiniteFraction";

    /** The six-hump camel function, whose 15 critical points in [-2, 2] x [-1, 1] are of all three kinds. */
    static final String SIX_HUMP_CAMEL = "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2";

    /**
     * |grad L| below which a point is critical: far above the rounding of gradients of order-one
     * losses (about 1e-15) and far below any gradient a plot would show.
     */
    static final double GRADIENT_TOLERANCE = 1e-8;

    /**
     * Eigenvalues within this of 0 are flat directions: far above the Hessian's rounding, about
     * 1e-12 for entries of order one, and below any curvature a plot of the box would show.
     */
    static final double EIGENVALUE_TOLERANCE = 1e-6;

    private static final String SEARCH = "Search";
    private static final String HIGH_DIMENSIONS = "High dimensions";

    private static final ParameterSet PARAMETERS = declare();

    private static ParameterSet declare() {
        ParameterSet.Builder builder = LossParameters.declare(ParameterSet.builder(), LossParameters.EXPRESSION_CHOICE,
                SIX_HUMP_CAMEL, new Box(-2, 2, -1, 1));
        return builder
                .add(Parameter.integer("startsPerSide").label("Starts per side").section(SEARCH).range(1, 200)
                        .defaultValue(20).help("The search starts from a grid of this many points per side of the"
                                + " box; more starts find points with small basins."))
                .add(Parameter.number("gradientTolerance").label("Gradient tolerance").section(SEARCH)
                        .range(1e-15, 1).defaultValue(GRADIENT_TOLERANCE).help("A point is critical when |grad L| is"
                                + " below this; it must stay above the rounding of the gradient, which grows with"
                                + " the size of the loss."))
                .add(Parameter.number("mergeDistance").label("Merge distance").section(SEARCH).range(1e-12, 1e3)
                        .defaultValue(1e-4).help("Critical points found closer together than this are one point."))
                .add(Parameter.integer("maxIterations").label("Iterations per start").section(SEARCH)
                        .range(1, 10_000).defaultValue(100).help("The most damped Newton steps from one start."))
                .add(Parameter.number("eigenvalueTolerance").label("Eigenvalue tolerance").section(SEARCH)
                        .range(0, 1e6).defaultValue(EIGENVALUE_TOLERANCE).help("An eigenvalue with |lambda| at most"
                                + " this counts as 0, a flat direction, and makes the point degenerate. Keep it above"
                                + " the Hessian's rounding (about 1e-12 times its largest entry) and below the"
                                + " smallest curvature you want to call real."))
                .add(Parameter.numbers("dimensions").label("Dimensions n").section(HIGH_DIMENSIONS).items(1, 100)
                        .range(1, 200).defaultValue(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
                        .help("The sizes of the random symmetric matrices, whole numbers."))
                .add(Parameter.integer("matrixSamples").label("Samples per dimension").section(HIGH_DIMENSIONS)
                        .range(1, 10_000_000).defaultValue(20_000).help("How many random matrices are drawn for each"
                                + " n; a fraction p is known to about sqrt(p (1 - p) / samples)."))
                .add(Parameter.integer("matrixSeed").label("Seed").section(HIGH_DIMENSIONS).range(0, Integer.MAX_VALUE)
                        .defaultValue(1).help("The same seed draws the same matrices."))
                .rule(HessianExperiment::checkWholeDimensions)
                .build();
    }

    private static Optional<Problem> checkWholeDimensions(ParameterValues values) {
        for (double n : values.numbers("dimensions")) {
            if (n != Math.rint(n)) {
                String written = Arrays.toString(values.numbers("dimensions"));
                return Optional.of(Problem.error("dimensions", written, "dimensions: item " + n
                        + " is not valid; expected whole numbers from 1 to 200"));
            }
        }
        return Optional.empty();
    }

    @Override
    public String description() {
        return "Where the gradient vanishes, the Hessian decides what kind of point it is: all its eigenvalues"
                + " positive make a minimum, all negative a maximum, mixed signs a saddle, and an eigenvalue of"
                + " (nearly) zero leaves it undecided, a degenerate point with a flat direction. The search runs"
                + " Newton's method on the gradient from a grid of starts and marks every point it finds, with"
                + " arrows along the eigenvectors. On the six-hump camel count the saddles: there are more of them"
                + " than maxima, and each one sits on a ridge between two basins. Then look at the panel of random"
                + " symmetric matrices: if each eigenvalue were positive by a coin flip, a point would be a minimum"
                + " with chance 2^-n, but the measured fraction falls far faster. In many dimensions almost every"
                + " critical point is a saddle, which is why training rarely gets stuck in a bad local minimum.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        TwoParameterLoss loss = LossParameters.loss(values);
        Box box = LossParameters.box(values);
        context.results().add(LossGrid.of(loss, box, LossParameters.resolution(values)));
        context.progress(0.05, "landscape computed");

        List<CriticalPoint> points = criticalPoints(loss, box, values, context);
        addPoints(points, context);
        context.results().summary("loss", loss.description());
        context.results().summary(CRITICAL_POINTS, points.stream().map(CriticalPoint::report).toList());
        context.results().summary("criticalPointCounts", counts(points));

        addPositiveDefiniteFractions(values, context);
    }

    private static List<CriticalPoint> criticalPoints(TwoParameterLoss loss, Box box, ParameterValues values,
            RunContext context) {
        CriticalPointFinder finder = new CriticalPointFinder(loss, box, values.number("gradientTolerance"),
                values.number("mergeDistance"), values.integer("maxIterations"), context::checkCancelled);
        List<double[]> found = finder.find(values.integer("startsPerSide"),
                done -> context.progress(0.05 + 0.75 * done, "searching for critical points"));

        double tolerance = values.number("eigenvalueTolerance");
        List<CriticalPoint> points = new ArrayList<>();
        for (double[] p : found) {
            points.add(CriticalPoint.analyse(loss, p, tolerance));
        }
        return points;
    }

    private static void addPoints(List<CriticalPoint> points, RunContext context) {
        List<Point> marks = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (CriticalPoint p : points) {
            marks.add(new Point(p.point()[0], p.point()[1], p.type().label(), "", p.values()));
            rows.add(p.row());
        }
        context.results().add(new PointSet(CRITICAL_POINTS, LossGrid.NAME, marks));
        context.results().add(new Table(CRITICAL_POINTS, List.of("w1", "w2", "loss", "lambda1", "lambda2",
                "conditionNumber", "type"), rows));
    }

    private static Map<String, Object> counts(List<CriticalPoint> points) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PointType type : PointType.values()) {
            counts.put(type.label(), points.stream().filter(p -> p.type() == type).count());
        }
        return counts;
    }

    private static void addPositiveDefiniteFractions(ParameterValues values, RunContext context) {
        Series series = context.results().series(POSITIVE_DEFINITE, "n", "fraction", "halfToTheN");
        RandomStream random = RandomStream.seeded(values.longInteger("matrixSeed"));
        int samples = values.integer("matrixSamples");
        double[] dimensions = values.numbers("dimensions");
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int k = 0; k < dimensions.length; k++) {
            context.checkCancelled();
            int n = (int) dimensions[k];
            // One stream per n: changing the list of dimensions does not change the draws for the others.
            double fraction = PositiveDefiniteFraction.estimate(n, samples, random.derive("n=" + n),
                    context::checkCancelled);
            double half = Math.pow(2, -n);
            series.append(n, fraction, half);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("n", n);
            report.put("fraction", fraction);
            report.put("halfToTheN", half);
            report.put("samples", samples);
            reports.add(report);
            context.progress(0.8 + 0.2 * (k + 1) / dimensions.length, "random matrices of size " + n);
        }
        context.results().summary(POSITIVE_DEFINITE, reports);
    }
}
