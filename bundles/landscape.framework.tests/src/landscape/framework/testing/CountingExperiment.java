/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.testing;

import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.Grid;
import landscape.framework.results.Series;

/**
 * A test experiment with one parameter of every type: counts steps, records a decaying "loss"
 * series, and can be told to diverge, to throw, or to run until it is cancelled.
 */
public final class CountingExperiment implements Experiment {

    /** What the run does after counting. */
    public static final String[] ENDINGS = {"finish", "diverge", "throw", "wait"};

    @Override
    public String description() {
        return "Counts steps and records a loss that halves each step.";
    }

    @Override
    public ParameterSet parameters() {
        return ParameterSet.builder()
                .add(Parameter.integer("steps").range(1, 1000).defaultValue(10).help("How many steps."))
                .add(Parameter.number("rate").range(0, 1).defaultValue(0.5).unit("1/step").help("Decay per step."))
                .add(Parameter.bool("grid").defaultValue(true).help("Whether to record a grid."))
                .add(Parameter.choice("ending", ENDINGS).defaultValue("finish").help("How the run ends."))
                .add(Parameter.numbers("start").items(2, 2).range(-10, 10).defaultValue(new double[] {1, 2})
                        .help("A start point."))
                .add(Parameter.text("label").defaultValue("counting").help("A label."))
                .add(Parameter.number("low").defaultValue(-1.0).section("Box"))
                .add(Parameter.number("high").defaultValue(1.0).section("Box"))
                .ordered("low", "high")
                .build();
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        int steps = values.integer("steps");
        Series loss = context.results().series("loss", "step", "loss");
        double value = 1;
        for (int step = 0; step < steps; step++) {
            context.checkCancelled();
            loss.append(step, value);
            value *= values.number("rate");
            context.progress((step + 1.0) / steps, "step " + (step + 1));
        }
        if (values.bool("grid")) {
            context.results().add(new Grid("square", "x", "y", "x*y", new double[] {0, 1}, new double[] {0, 1},
                    new double[][] {{0, 0}, {0, 1}}));
        }
        context.results().summary("finalLoss", value);
        context.results().summary("label", values.text("label"));

        switch (values.choice("ending")) {
            case "diverge" -> context.checkFinite("loss", Double.NaN, steps);
            case "throw" -> throw new IllegalStateException("this experiment always throws");
            case "wait" -> waitForCancel(context);
            default -> {
                // finish normally
            }
        }
    }

    private static void waitForCancel(RunContext context) {
        while (true) {
            context.checkCancelled();
            Thread.onSpinWait();
        }
    }
}
