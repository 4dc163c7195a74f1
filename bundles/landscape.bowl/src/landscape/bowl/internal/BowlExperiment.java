/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.bowl.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import landscape.core.optim.Adam;
import landscape.core.optim.LearningRate;
import landscape.core.optim.Sgd;
import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.results.Grid;

/**
 * The ill-conditioned bowl: gradient descent, heavy-ball momentum and Adam on the quadratic
 * 1/2 w'Aw whose Hessian has a chosen condition number, compared with what theory predicts
 * for their speed.
 */
public final class BowlExperiment implements Experiment {

    /** The name of the loss grid, on which the paths are drawn. */
    static final String LANDSCAPE = "landscape";

    private static final String OPTIMAL = "optimal";
    private static final String CUSTOM = "custom";

    private static final ParameterSet PARAMETERS = ParameterSet.builder()
            .add(Parameter.number("conditionNumber").label("Condition number k").section("Bowl").range(1, 1e6)
                    .defaultValue(10).help("Ratio of the largest to the smallest curvature, lmax / lmin."))
            .add(Parameter.number("smallestEigenvalue").label("Smallest eigenvalue lmin").section("Bowl")
                    .range(1e-6, 1e6).defaultValue(1).help("Curvature along the flattest direction of the bowl."))
            .add(Parameter.number("rotation").label("Rotation").section("Bowl").range(-180, 180).defaultValue(30)
                    .unit("degrees").help("Angle of the flat direction against the w1 axis."))
            .add(Parameter.numbers("start").label("Start point").section("Descent").items(2, 2).range(-1e3, 1e3)
                    .defaultValue(new double[] {-4, 3}).help("Where every optimizer starts, (w1, w2)."))
            .add(Parameter.integer("steps").label("Steps").section("Descent").range(1, 100_000).defaultValue(100)
                    .help("How many steps each optimizer takes at most."))
            .add(Parameter.bool("gradientDescent").label("Gradient descent").section("Gradient descent")
                    .defaultValue(true).help("Run plain gradient descent."))
            .add(Parameter.choice("gdStep", OPTIMAL, CUSTOM).label("Step size").section("Gradient descent")
                    .defaultValue(OPTIMAL).help("optimal: 2 / (lmin + lmax); custom: the step size below."))
            .add(Parameter.number("gdCustomStep").label("Custom step size").section("Gradient descent")
                    .range(1e-9, 1e6).defaultValue(0.1).help("Used when the step size is custom; above 2 / lmax the"
                            + " descent diverges."))
            .add(Parameter.bool("momentum").label("Heavy-ball momentum").section("Momentum").defaultValue(true)
                    .help("Run gradient descent with momentum (PyTorch's SGD with momentum)."))
            .add(Parameter.choice("momentumTuning", OPTIMAL, CUSTOM).label("Tuning").section("Momentum")
                    .defaultValue(OPTIMAL).help("optimal: step 4 / (sqrt(lmax) + sqrt(lmin))^2 and momentum"
                            + " ((sqrt(k) - 1) / (sqrt(k) + 1))^2; custom: the two values below."))
            .add(Parameter.number("momentumCustomStep").label("Custom step size").section("Momentum")
                    .range(1e-9, 1e6).defaultValue(0.05).help("Used when the tuning is custom."))
            .add(Parameter.number("momentumCustomBeta").label("Custom momentum").section("Momentum")
                    .range(0, 0.999).defaultValue(0.9).help("Used when the tuning is custom; 0 is plain descent."))
            .add(Parameter.bool("adam").label("Adam").section("Adam").defaultValue(true)
                    .help("Run Adam with beta1 0.9, beta2 0.999."))
            .add(Parameter.number("adamStep").label("Learning rate").section("Adam").range(1e-9, 1e3)
                    .defaultValue(0.1).help("Adam's learning rate; its steps have about this length."))
            .add(Parameter.number("boxHalfWidth").label("Half width of the plotted box").section("Landscape")
                    .range(1e-3, 1e4).defaultValue(5).help("The landscape is drawn on [-h, h] x [-h, h]."))
            .add(Parameter.integer("resolution").label("Grid resolution").section("Landscape").range(11, 1001)
                    .defaultValue(101).unit("points per side").help("How many grid points per side."))
            .rule(values -> values.bool("gradientDescent") || values.bool("momentum") || values.bool("adam")
                    ? Optional.empty()
                    : Optional.of(Problem.error("gradientDescent", "false",
                            "gradientDescent, momentum and adam are all false; expected at least one optimizer")))
            .build();

    @Override
    public String description() {
        return "A quadratic bowl whose curvature differs by the condition number k between its steepest and its"
                + " flattest direction. Watch gradient descent zig-zag across the narrow valley: even at its best"
                + " step size, 2 / (lmin + lmax), the distance to the minimum shrinks only by (k - 1) / (k + 1) per"
                + " step, so a bowl ten times narrower needs about ten times more steps. Tuned momentum shrinks it by"
                + " (sqrt(k) - 1) / (sqrt(k) + 1), and a step size above 2 / lmax makes descent blow up. Compare the"
                + " measured contraction in the summary with these predictions, then raise k and see the gap grow.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        Bowl bowl = new Bowl(values.number("smallestEigenvalue"), values.number("conditionNumber"),
                values.number("rotation"));
        double half = values.number("boxHalfWidth");
        context.results().add(grid(bowl, half, values.integer("resolution")));
        context.progress(0.05, "landscape computed");

        List<Descent> descents = descents(bowl, values);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int i = 0; i < descents.size(); i++) {
            double share = 0.95 / descents.size();
            Descent.Outcome outcome = descents.get(i).run(values.numbers("start"), values.integer("steps"), context,
                    0.05 + i * share, share);
            reports.add(report(outcome, values, bowl));
        }

        context.results().summary("smallestEigenvalue", bowl.smallest());
        context.results().summary("largestEigenvalue", bowl.largest());
        context.results().summary("conditionNumber", bowl.conditionNumber());
        context.results().summary("divergenceStep", bowl.divergenceStep());
        context.results().summary("optimizers", reports);
    }

    private static List<Descent> descents(Bowl bowl, ParameterValues values) {
        List<Descent> descents = new ArrayList<>();
        if (values.bool("gradientDescent")) {
            double step = gdStep(bowl, values);
            descents.add(new Descent(bowl, "gd", Sgd.plain(LearningRate.constant(step))));
        }
        if (values.bool("momentum")) {
            boolean tuned = OPTIMAL.equals(values.choice("momentumTuning"));
            double step = tuned ? bowl.tunedMomentumStep() : values.number("momentumCustomStep");
            double beta = tuned ? bowl.tunedMomentum() : values.number("momentumCustomBeta");
            descents.add(new Descent(bowl, "momentum", Sgd.momentum(LearningRate.constant(step), beta)));
        }
        if (values.bool("adam")) {
            LearningRate rate = LearningRate.constant(values.number("adamStep"));
            descents.add(new Descent(bowl, "adam", Adam.withDefaults(rate)));
        }
        return descents;
    }

    private static double gdStep(Bowl bowl, ParameterValues values) {
        return OPTIMAL.equals(values.choice("gdStep")) ? bowl.optimalStep() : values.number("gdCustomStep");
    }

    private static Map<String, Object> report(Descent.Outcome outcome, ParameterValues values, Bowl bowl) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", outcome.name());
        report.put("steps", outcome.steps());
        report.put("diverged", outcome.diverged());
        report.put("finalPoint", outcome.finalPoint());
        report.put("finalLoss", outcome.finalLoss());
        report.put("measuredContraction", outcome.measuredContraction());
        theory(outcome.name(), values, bowl).ifPresent(rate -> report.put("theoreticalContraction", rate));
        return report;
    }

    /** @return the predicted contraction per step where theory gives one */
    private static Optional<Double> theory(String name, ParameterValues values, Bowl bowl) {
        if (name.equals("gd")) {
            // For a fixed step a, each eigen-direction contracts by |1 - a l|; the slowest one rules.
            double step = gdStep(bowl, values);
            return Optional.of(Math.max(Math.abs(1 - step * bowl.smallest()), Math.abs(1 - step * bowl.largest())));
        }
        if (name.equals("momentum") && OPTIMAL.equals(values.choice("momentumTuning"))) {
            return Optional.of(bowl.momentumRate());
        }
        return Optional.empty();
    }

    private static Grid grid(Bowl bowl, double half, int resolution) {
        double[] axis = new double[resolution];
        for (int i = 0; i < resolution; i++) {
            axis[i] = -half + 2 * half * i / (resolution - 1);
        }
        double[][] values = new double[resolution][resolution];
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) {
                values[j][i] = bowl.loss(axis[i], axis[j]);
            }
        }
        return new Grid(LANDSCAPE, "w1", "w2", "loss", axis, axis.clone(), values).inSameUnits();
    }
}
