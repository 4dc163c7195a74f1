/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

import java.util.List;

import landscape.core.optim.LearningRate;
import landscape.core.optim.Optimizer;
import landscape.core.optim.Sgd;
import landscape.core.tensor.Tensor;
import landscape.framework.experiment.RunContext;

/**
 * Plain gradient descent (the core's {@code Sgd.plain}) on the bowl at one step size, with the
 * contraction per step measured from its iterates.
 *
 * <p>The measurement follows the bowl's two eigen-directions: gradient descent multiplies each
 * one's component by its own factor each step, so the rate of a direction is
 * (|c_T| / |c_{T/2}|)^(1/(T - T/2)) over the second half of the T steps taken. The measured
 * contraction is the largest rate among the directions that still matter at the end; a direction
 * whose component has shrunk to rounding noise next to the other carries no rate of its own.
 */
final class GradientDescent {

    /**
     * A descent whose loss grows past this multiple of its starting loss is stopped and counted as
     * diverged: far beyond anything a converging descent reaches (its loss only falls), and small
     * enough that the loss stays finite and the charts readable.
     */
    static final double DIVERGED_LOSS_FACTOR = 1e6;

    /**
     * Below this distance to the minimum the descent has converged as far as doubles resolve the
     * rates; going on would only reach subnormal numbers.
     */
    static final double CONVERGED_DISTANCE = 1e-150;

    /**
     * A direction counts for the measured contraction when its final component is at least this
     * fraction of the larger one. Rounding leaves about 1e-16 of the larger component in the
     * other direction; at 1e-6 a genuine component's rate is still measured to about 1e-10.
     */
    static final double RELEVANT_COMPONENT = 1e-6;

    private final QuadraticBowl bowl;
    private final double stepSize;

    GradientDescent(QuadraticBowl bowl, double stepSize) {
        this.bowl = bowl;
        this.stepSize = stepSize;
    }

    /**
     * Runs up to {@code steps} steps from {@code start}, checking for a cancel before each step.
     *
     * @return what happened; a diverged descent is a result, not a failure
     */
    SweepPoint run(double[] start, int steps, RunContext context) {
        Optimizer optimizer = Sgd.plain(LearningRate.constant(stepSize));
        double[][] components = new double[2][steps + 1];
        double divergedLoss = DIVERGED_LOSS_FACTOR * bowl.loss(start);

        Tensor w = Tensor.of(start).variable();
        int step = 0;
        boolean grew = false;
        while (true) {
            double[] point = w.toArray();
            components[0][step] = bowl.flatComponent(point);
            components[1][step] = bowl.steepComponent(point);
            double loss = bowl.loss(point);
            grew = !(loss <= divergedLoss);
            if (grew || step == steps || Math.hypot(point[0], point[1]) < CONVERGED_DISTANCE) {
                break;
            }
            context.checkCancelled();

            Tensor gradient = Tensor.of(bowl.gradient(point));
            w = optimizer.step(List.of(w), List.of(gradient)).get(0);
            step++;
        }

        double measured = contraction(components, step);
        return new SweepPoint(stepSize, bowl.loss(w.toArray()), measured, bowl.theoreticalContraction(stepSize), step,
                grew || measured > 1);
    }

    /**
     * @param components the flat and the steep component at each step, up to {@code last}
     * @return the largest rate among the directions that matter at step {@code last}; 0 when the
     *     descent has reached the minimum exactly
     */
    static double contraction(double[][] components, int last) {
        int half = last / 2;
        double largest = Math.max(Math.abs(components[0][last]), Math.abs(components[1][last]));
        double rate = 0;
        for (double[] component : components) {
            double end = Math.abs(component[last]);
            double middle = Math.abs(component[half]);
            if (last > half && middle > 0 && end > 0 && end >= RELEVANT_COMPONENT * largest) {
                rate = Math.max(rate, Math.pow(end / middle, 1.0 / (last - half)));
            }
        }
        return rate;
    }
}
