/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.noisyquadratic.internal;

import java.util.Arrays;
import java.util.List;

import landscape.core.data.RandomStream;
import landscape.core.optim.LearningRate;
import landscape.core.optim.Optimizer;
import landscape.core.optim.Sgd;
import landscape.core.tensor.Tensor;
import landscape.framework.experiment.RunContext;
import landscape.framework.results.Series;

/**
 * One SGD run at a fixed step size on L(w) = 1/2 sum_i lambda_i w_i^2 with Gaussian noise of
 * standard deviation sigma added to each gradient component. It records the loss per step and
 * measures the plateau as the mean loss over the second half of the steps, when the start point
 * has long been forgotten.
 */
final class NoisyDescent {

    /**
     * At most this many points of the loss curve are recorded per run, so that long runs stay
     * quick to draw; the plateau is still averaged over every step.
     */
    static final int MAX_RECORDED_POINTS = 5000;

    private final double[] curvatures;
    private final double sigma;
    private final double stepSize;

    NoisyDescent(double[] curvatures, double sigma, double stepSize) {
        this.curvatures = curvatures.clone();
        this.sigma = sigma;
        this.stepSize = stepSize;
    }

    /**
     * Runs {@code steps} steps from the point with every coordinate at {@code start}.
     *
     * @param loss the series that receives (step, loss)
     * @param noise the source of the gradient noise
     */
    Plateau run(double start, int steps, Series loss, RandomStream noise, RunContext context) {
        Optimizer sgd = Sgd.plain(LearningRate.constant(stepSize));
        int every = Math.max(1, steps / MAX_RECORDED_POINTS);
        int averagedFrom = steps / 2 + 1;
        double[] initial = new double[curvatures.length];
        Arrays.fill(initial, start);

        Tensor w = Tensor.of(initial).variable();
        loss.append(0, loss(initial));
        double sum = 0;
        for (int step = 1; step <= steps; step++) {
            context.checkCancelled();
            double[] point = w.toArray();
            w = sgd.step(List.of(w), List.of(Tensor.of(noisyGradient(point, noise)))).get(0);

            double value = loss(w.toArray());
            context.checkFinite("loss at step size " + stepSize, value, step);
            sum += step >= averagedFrom ? value : 0;
            if (step % every == 0) {
                loss.append(step, value);
            }
        }

        long samples = steps - averagedFrom + 1;
        return new Plateau(stepSize, sum / samples, NoiseFloor.plateau(stepSize, sigma, curvatures),
                NoiseFloor.smallStepPlateau(stepSize, sigma, curvatures.length),
                NoiseFloor.standardError(stepSize, sigma, curvatures, samples), samples);
    }

    private double[] noisyGradient(double[] point, RandomStream noise) {
        double[] gradient = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            gradient[i] = curvatures[i] * point[i] + sigma * noise.nextGaussian();
        }
        return gradient;
    }

    private double loss(double[] point) {
        double sum = 0;
        for (int i = 0; i < point.length; i++) {
            sum += 0.5 * curvatures[i] * point[i] * point[i];
        }
        return sum;
    }
}
