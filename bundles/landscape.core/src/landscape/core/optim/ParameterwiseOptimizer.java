/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.optim;

import java.util.ArrayList;
import java.util.List;

import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Tensor;

/**
 * An optimiser whose update treats each parameter tensor on its own: the step loop, argument
 * checks and step count live here, the rule in {@link #update}.
 */
abstract class ParameterwiseOptimizer implements Optimizer {

    private final LearningRate rate;
    private int steps;
    private int count = -1;

    ParameterwiseOptimizer(LearningRate rate) {
        this.rate = rate;
    }

    /**
     * The new value of parameter {@code index}, computed without recording.
     *
     * @param step the step number, from 1
     * @param lr the learning rate of this step
     */
    abstract Tensor update(int index, Tensor parameter, Tensor gradient, int step, double lr);

    static void checkWeightDecay(double weightDecay) {
        if (!(weightDecay >= 0.0)) {
            throw new IllegalArgumentException("weightDecay = " + weightDecay + "; expected weightDecay >= 0");
        }
    }

    @Override
    public final List<Tensor> step(List<Tensor> parameters, List<Tensor> gradients) {
        Optimizer.checkPairs(parameters, gradients, count);

        count = parameters.size();
        steps++;
        double lr = rate.at(steps);
        List<Tensor> updated = new ArrayList<>(parameters.size());
        try (NoGrad scope = NoGrad.enter()) {
            for (int i = 0; i < parameters.size(); i++) {
                updated.add(update(i, parameters.get(i), gradients.get(i), steps, lr).variable());
            }
        }
        return updated;
    }

    @Override
    public final int steps() {
        return steps;
    }
}
