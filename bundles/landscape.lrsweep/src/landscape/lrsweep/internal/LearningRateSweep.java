/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;

/**
 * The learning-rate sweep: gradient descent on the quadratic bowl 1/2 w'Aw at step sizes on a
 * log grid, each run's final loss and measured contraction per step set against the theory
 * max(|1 - a lmin|, |1 - a lmax|), its optimum 2 / (lmin + lmax) and its edge 2 / lmax.
 */
public final class LearningRateSweep implements Experiment {

    /** The series of the final loss per step size. */
    static final String FINAL_LOSS = "finalLoss";

    /** The series of the measured and the predicted contraction per step size. */
    static final String CONTRACTION = "contraction";

    /** The table with one row per step size, diverged runs marked as such. */
    static final String SWEEP = "sweep";

    static final String CONVERGED = "converged";
    static final String DIVERGED = "diverged";

    private static final ParameterSet PARAMETERS = ParameterSet.builder()
            .add(Parameter.number("smallestEigenvalue").label("Smallest eigenvalue lmin").section("Bowl")
                    .range(1e-6, 1e6).defaultValue(1).help("Curvature along the flattest direction of the bowl."))
            .add(Parameter.number("conditionNumber").label("Condition number k").section("Bowl").range(1, 1e6)
                    .defaultValue(10).help("Ratio of the largest to the smallest curvature: lmax = k lmin."))
            .add(Parameter.number("rotation").label("Rotation").section("Bowl").range(-180, 180).defaultValue(30)
                    .unit("degrees").help("Angle of the flat direction against the w1 axis."))
            .add(Parameter.numbers("start").label("Start point").section("Descent").items(2, 2).range(-1e3, 1e3)
                    .defaultValue(new double[] {-4, 3}).help("Where every descent of the sweep starts, (w1, w2)."))
            .add(Parameter.integer("steps").label("Steps").section("Descent").range(1, 100_000).defaultValue(200)
                    .help("How many steps each descent takes at most."))
            .add(Parameter.number("smallestStep").label("Smallest step size").section("Sweep").range(1e-9, 1e6)
                    .defaultValue(1e-3).help("The first step size of the log grid."))
            .add(Parameter.number("largestStep").label("Largest step size").section("Sweep").range(1e-9, 1e6)
                    .defaultValue(0.5).help("The last step size of the log grid; above 2 / lmax descent diverges."))
            .add(Parameter.integer("stepCount").label("Number of step sizes").section("Sweep").range(2, 1000)
                    .defaultValue(31).unit("step sizes").help("How many step sizes the log grid holds."))
            .ordered("smallestStep", "largestStep")
            .rule(LearningRateSweep::startOffTheMinimum)
            .build();

    @Override
    public String description() {
        return "Gradient descent on a quadratic bowl, once for each step size on a log grid. Each direction of the"
                + " bowl shrinks by |1 - a l| per step, so the slower one, max(|1 - a lmin|, |1 - a lmax|), sets the"
                + " pace: too small a step crawls along the flat direction, too large a one overshoots across the"
                + " steep one. The best step, 2 / (lmin + lmax), balances the two; above 2 / lmax the steep"
                + " direction grows and descent diverges. Find the dip in the final loss, read the summary's best"
                + " step against theory, and watch the measured contraction follow the predicted V.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        QuadraticBowl bowl = new QuadraticBowl(values.number("smallestEigenvalue"), values.number("conditionNumber"),
                values.number("rotation"));
        double[] steps = StepSizes.logGrid(values.number("smallestStep"), values.number("largestStep"),
                values.integer("stepCount"));
        Series finalLoss = context.results().series(FINAL_LOSS, "stepSize", FINAL_LOSS);
        Series contraction = context.results().series(CONTRACTION, "stepSize", "measured", "theory");

        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            SweepPoint point = new GradientDescent(bowl, steps[i]).run(values.numbers("start"),
                    values.integer("steps"), context);
            points.add(point);
            finalLoss.append(point.stepSize(), point.finalLoss());
            contraction.append(point.stepSize(), point.measuredContraction(), point.theoreticalContraction());
            context.progress((i + 1.0) / steps.length, "step size " + (i + 1) + " of " + steps.length);
        }

        context.results().add(table(points));
        summarize(context.results(), bowl, values, points);
    }

    private static void summarize(Results results, QuadraticBowl bowl, ParameterValues values,
            List<SweepPoint> points) {
        results.summary("smallestEigenvalue", bowl.smallest());
        results.summary("largestEigenvalue", bowl.largest());
        results.summary("optimalStep", bowl.optimalStep());
        results.summary("optimalContraction", bowl.theoreticalContraction(bowl.optimalStep()));
        results.summary("divergenceStep", bowl.divergenceStep());
        results.summary("gridRatio", StepSizes.ratio(values.number("smallestStep"), values.number("largestStep"),
                values.integer("stepCount")));

        Optional<SweepPoint> best = best(points);
        results.summary("convergedRuns", points.stream().filter(p -> !p.diverged()).count());
        results.summary("divergedStepSizes", points.stream().filter(SweepPoint::diverged)
                .map(SweepPoint::stepSize).toList());
        best.ifPresent(point -> {
            results.summary("bestStepSize", point.stepSize());
            results.summary("bestFinalLoss", point.finalLoss());
            results.summary("bestMeasuredContraction", point.measuredContraction());
        });
    }

    /** @return the converging run of the smallest final loss, or empty when every run diverged */
    static Optional<SweepPoint> best(List<SweepPoint> points) {
        return points.stream().filter(p -> !p.diverged()).min(Comparator.comparingDouble(SweepPoint::finalLoss));
    }

    private static Table table(List<SweepPoint> points) {
        List<List<Object>> rows = points.stream().map(p -> List.<Object>of(p.stepSize(), p.finalLoss(),
                p.measuredContraction(), p.theoreticalContraction(), (double) p.steps(),
                p.diverged() ? DIVERGED : CONVERGED)).toList();
        return new Table(SWEEP, List.of("stepSize", "finalLoss", "measured", "theory", "steps", "outcome"), rows);
    }

    private static Optional<Problem> startOffTheMinimum(ParameterValues values) {
        double[] start = values.numbers("start");
        if (start[0] != 0 || start[1] != 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.error("start", "[0, 0]",
                "start: [0, 0] is the minimum itself; expected a start point away from (0, 0)"));
    }
}
