/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.optim;

import landscape.core.tensor.Tensor;

/**
 * Adam with optional L2 weight decay folded into the gradient, in PyTorch's convention
 * ({@code torch.optim.Adam}):
 *
 * <pre>
 * g = grad + weightDecay * p
 * m = beta1 * m + (1 - beta1) * g,   v = beta2 * v + (1 - beta2) * g^2
 * p = p - lr(t) * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)
 * </pre>
 */
public final class Adam extends ParameterwiseOptimizer {

    /** PyTorch's defaults. */
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPS = 1e-8;

    private final double weightDecay;
    private final AdamMoments moments;

    public Adam(LearningRate rate, double beta1, double beta2, double eps, double weightDecay) {
        super(rate);
        checkWeightDecay(weightDecay);
        this.weightDecay = weightDecay;
        this.moments = new AdamMoments(beta1, beta2, eps);
    }

    /** Adam with PyTorch's default betas and eps and no weight decay. */
    public static Adam withDefaults(LearningRate rate) {
        return new Adam(rate, BETA1, BETA2, EPS, 0.0);
    }

    @Override
    Tensor update(int index, Tensor parameter, Tensor gradient, int step, double lr) {
        Tensor g = weightDecay == 0.0 ? gradient : gradient.add(parameter.mul(weightDecay));
        return parameter.sub(moments.step(index, g, step, lr));
    }
}
