/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.bench;

import java.util.List;

import landscape.core.autodiff.Gradients;
import landscape.core.data.RandomStream;
import landscape.core.data.SineData;
import landscape.core.optim.LearningRate;
import landscape.core.optim.Optimizer;
import landscape.core.optim.Sgd;
import landscape.core.tensor.Tensor;

/**
 * The two-parameter network {@code y = w2 * tanh(w1 * x)} with mean squared error over 100 points:
 * one full gradient-descent step through the library (record, reverse sweep, optimiser) against
 * the same step in plain Java doubles with the gradient derived by hand.
 */
final class TinyNetworkWorkload {

    static final int POINTS = 100;
    private static final double RATE = 0.05;

    private final double[] xs;
    private final double[] ys;
    private final Tensor x;
    private final Tensor y;
    private List<Tensor> weights = List.of(Tensor.of(0.7).variable(), Tensor.of(-1.3).variable());
    private final Optimizer sgd = Sgd.plain(LearningRate.constant(RATE));
    private double w1 = 0.7;
    private double w2 = -1.3;

    TinyNetworkWorkload(long seed) {
        SineData.Samples samples = SineData.evenlySpaced(POINTS, -3, 3, 0.1, RandomStream.seeded(seed));
        xs = samples.x().toArray();
        ys = samples.y().toArray();
        x = Tensor.of(xs);
        y = Tensor.of(ys);
    }

    double[] inputs() {
        return xs.clone();
    }

    double[] targets() {
        return ys.clone();
    }

    /** One step through the library; returns the loss. */
    double libraryStep() {
        Tensor loss = x.mul(weights.get(0)).tanh().mul(weights.get(1)).sub(y).square().mean();
        weights = sgd.step(weights, Gradients.of(loss, weights));
        return loss.item();
    }

    /** One step in plain doubles: {@code dL/dw2 = mean(2 r t)}, {@code dL/dw1 = mean(2 r w2 (1 - t^2) x)}. */
    double plainStep() {
        double loss = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        for (int i = 0; i < POINTS; i++) {
            double t = Math.tanh(w1 * xs[i]);
            double r = w2 * t - ys[i];
            loss += r * r;
            g2 += 2 * r * t;
            g1 += 2 * r * w2 * (1 - t * t) * xs[i];
        }
        w1 -= RATE * g1 / POINTS;
        w2 -= RATE * g2 / POINTS;
        return loss / POINTS;
    }
}
