/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.noisyquadratic.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
import landscape.framework.results.Results;
import landscape.framework.results.Series;

/**
 * SGD with Gaussian gradient noise on a 1-D or 2-D quadratic: the loss falls, then stalls on a
 * noise floor a sigma^2 / (2 (2 - a lambda)) per direction, which a smaller step lowers.
 */
public final class NoisyQuadraticExperiment implements Experiment {

    /** The series of measured and predicted plateaus against the step size. */
    static final String PLATEAU = "plateau";

    /** The prefix of the loss series, one per step size. */
    static final String LOSS_PREFIX = "loss-step";

    /**
     * The averaging should start once the start point's share of the loss is below this fraction
     * of the floor; with more left, the measured plateau is biased upwards. The summary gives the
     * steps that takes, beside the steps run.
     */
    static final double TRANSIENT_SHARE = 0.01;

    private static final ParameterSet PARAMETERS = ParameterSet.builder()
            .add(Parameter.integer("dimension").label("Dimension").section("Quadratic").range(1, 2).defaultValue(1)
                    .help("1: L = lambda/2 w^2; 2: L = (lambda w1^2 + lambda2 w2^2) / 2."))
            .add(Parameter.number("curvature").label("Curvature lambda").section("Quadratic").range(1e-6, 1e6)
                    .defaultValue(1).help("The second derivative of the loss along w1."))
            .add(Parameter.number("secondCurvature").label("Curvature lambda2").section("Quadratic")
                    .range(1e-6, 1e6).defaultValue(4).help("The second derivative along w2; used in 2-D only."))
            .add(Parameter.number("noise").label("Gradient noise sigma").section("Noise").range(1e-6, 1e3)
                    .defaultValue(1).help("Standard deviation of the Gaussian noise added to each gradient component."))
            .add(Parameter.integer("seed").label("Seed").section("Noise").range(0, Integer.MAX_VALUE).defaultValue(1)
                    .help("The same seed gives the same noise, and the same run."))
            .add(Parameter.numbers("stepSizes").label("Step sizes").section("SGD").items(1, 10).range(1e-9, 1e3)
                    .defaultValue(new double[] {0.2, 0.05, 0.01})
                    .help("One run per step size; each must stay below 2 / lambda of the steepest direction."))
            .add(Parameter.number("start").label("Start").section("SGD").range(-1e3, 1e3).defaultValue(5)
                    .help("Every coordinate starts here."))
            .add(Parameter.integer("steps").label("Steps").section("SGD").range(10, 10_000_000).defaultValue(100_000)
                    .help("Steps per run; the plateau is the mean loss over the second half."))
            .rule(NoisyQuadraticExperiment::stableSteps)
            .build();

    @Override
    public String description() {
        return "Stochastic gradient descent on a quadratic whose gradients carry Gaussian noise of size sigma. The"
                + " loss first falls as on a clean bowl, then stops falling and jitters around a floor: each step"
                + " pulls w towards the minimum by a factor 1 - a lambda and kicks it by a sigma. The balance is a"
                + " stationary loss of a sigma^2 / (2 (2 - a lambda)) per direction, about a sigma^2 / 4 for small"
                + " steps: halve the step and the floor halves, at the price of a slower descent. Compare each"
                + " run's measured plateau in the summary with the formula and its standard error.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        double[] curvatures = curvatures(values);
        double[] steps = values.numbers("stepSizes");
        RandomStream seeds = RandomStream.seeded(values.integer("seed"));
        Series plateaus = context.results().series(PLATEAU, "stepSize", "measured", "theory");

        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            Series loss = context.results().series(LOSS_PREFIX + steps[i], "step", "loss");
            NoisyDescent descent = new NoisyDescent(curvatures, values.number("noise"), steps[i]);
            Plateau plateau = descent.run(values.number("start"), values.integer("steps"), loss,
                    seeds.derive("step size " + i), context);
            plateaus.append(plateau.stepSize(), plateau.measured(), plateau.theory());
            Map<String, Object> entry = plateau.summary();
            entry.put("stepsToForgetStart", stepsToForget(steps[i], curvatures, values));
            entries.add(entry);
            context.progress((i + 1.0) / steps.length, "step size " + steps[i] + " done");
        }

        summarize(context.results(), values, curvatures, entries);
    }

    private static void summarize(Results results, ParameterValues values, double[] curvatures,
            List<Map<String, Object>> entries) {
        results.summary("formula", "E[L] = a sigma^2 / (2 (2 - a lambda)) per direction, summed over directions");
        results.summary("curvatures", curvatures);
        results.summary("noise", values.number("noise"));
        results.summary("plateaus", entries);
    }

    static double[] curvatures(ParameterValues values) {
        return values.integer("dimension") == 1 ? new double[] {values.number("curvature")}
                : new double[] {values.number("curvature"), values.number("secondCurvature")};
    }

    private static Optional<Problem> stableSteps(ParameterValues values) {
        double limit = 2 / Arrays.stream(curvatures(values)).max().orElseThrow();
        double largest = Arrays.stream(values.numbers("stepSizes")).max().orElseThrow();
        if (largest < limit) {
            return Optional.empty();
        }
        return Optional.of(Problem.error("stepSizes", String.valueOf(largest), "stepSizes: " + largest
                + " makes SGD diverge; expected every step size below 2 / lambda = " + limit));
    }

    private static long stepsToForget(double step, double[] curvatures, ParameterValues values) {
        long needed = 0;
        for (double lambda : curvatures) {
            needed = Math.max(needed, stepsToForget(step, lambda, values.number("noise"), values.number("start")));
        }
        return needed;
    }

    /**
     * @return the steps T after which the start's share of the loss at T / 2, lambda/2 w0^2
     *     (1 - a lambda)^T, is below {@link #TRANSIENT_SHARE} of the direction's floor
     */
    static long stepsToForget(double step, double lambda, double sigma, double start) {
        double initial = 0.5 * lambda * start * start;
        double floor = NoiseFloor.plateau(step, sigma, new double[] {lambda});
        double rho2 = (1 - step * lambda) * (1 - step * lambda);
        if (initial <= TRANSIENT_SHARE * floor || rho2 == 0) {
            return 0;
        }
        return (long) Math.ceil(Math.log(TRANSIENT_SHARE * floor / initial) / Math.log(rho2) * 2);
    }
}
