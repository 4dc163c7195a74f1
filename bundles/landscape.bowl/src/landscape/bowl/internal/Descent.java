/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.bowl.internal;

import java.util.List;

import landscape.core.optim.Optimizer;
import landscape.core.tensor.Tensor;
import landscape.framework.experiment.RunContext;
import landscape.framework.results.Series;

/**
 * One optimizer's descent into the bowl from a start point: records its path (drawn over the
 * landscape) and its loss per step, stops early once it has converged or diverged, and measures
 * how fast the distance to the minimum shrinks.
 */
final class Descent {

    /** A loss above this (or not finite) means the descent diverged; the bowl's own losses are far below. */
    static final double DIVERGED_LOSS = 1e100;

    /** Below this distance to the minimum the descent has converged beyond what doubles resolve. */
    static final double CONVERGED_DISTANCE = 1e-150;

    /** What a finished descent reports. */
    record Outcome(String name, double[] finalPoint, double finalLoss, boolean diverged, int steps,
            double measuredContraction) {
    }

    private final Bowl bowl;
    private final String name;
    private final Optimizer optimizer;

    Descent(Bowl bowl, String name, Optimizer optimizer) {
        this.bowl = bowl;
        this.name = name;
        this.optimizer = optimizer;
    }

    /**
     * Runs up to {@code steps} steps from {@code start}.
     *
     * @param progressShare the fraction of the whole run this descent accounts for
     * @param progressOffset the fraction done before it
     */
    Outcome run(double[] start, int steps, RunContext context, double progressOffset, double progressShare) {
        Series path = context.results().series("path-" + name, "step", "w1", "w2")
                .attribute(Series.PLOT_ON, BowlExperiment.LANDSCAPE);
        Series loss = context.results().series("loss-" + name, "step", "loss");
        double[] distances = new double[steps + 1];

        Tensor w = Tensor.of(start).variable();
        int step = 0;
        boolean diverged = false;
        while (true) {
            double[] point = w.toArray();
            double value = bowl.loss(point[0], point[1]);
            distances[step] = Math.hypot(point[0], point[1]);
            if (!Double.isFinite(value) || value > DIVERGED_LOSS) {
                diverged = true;
                break;
            }
            path.append(step, point[0], point[1]);
            loss.append(step, value);
            if (step == steps || distances[step] < CONVERGED_DISTANCE) {
                break;
            }
            context.checkCancelled();

            w = optimizer.step(List.of(w), List.of(bowl.gradient(w))).get(0);
            step++;
            context.progress(progressOffset + progressShare * step / steps, name + ": step " + step + " of " + steps);
        }

        if (diverged) {
            path.attribute(Series.DIVERGED, "true");
            loss.attribute(Series.DIVERGED, "true");
        }
        double[] last = w.toArray();
        return new Outcome(name, last, bowl.loss(last[0], last[1]), diverged, step,
                contraction(distances, diverged ? step - 1 : step));
    }

    /**
     * @return the contraction per step of the distance to the minimum over the second half of
     *     the steps taken, (d_T / d_{T/2})^(1/(T - T/2)): the asymptotic rate that theory predicts,
     *     without the first steps' transient
     */
    static double contraction(double[] distances, int lastStep) {
        if (lastStep < 2) {
            return Double.NaN;
        }
        int half = lastStep / 2;
        return Math.pow(distances[lastStep] / distances[half], 1.0 / (lastStep - half));
    }
}
