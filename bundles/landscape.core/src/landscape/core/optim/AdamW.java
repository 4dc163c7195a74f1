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
 * Adam with decoupled weight decay (Loshchilov and Hutter, 2019) in PyTorch's convention
 * ({@code torch.optim.AdamW}): the parameter is first shrunk by the scheduled rate times the
 * decay, then takes the Adam step of the raw gradient:
 *
 * <pre>
 * p = p * (1 - lr(t) * weightDecay)
 * p = p - lr(t) * mHat / (sqrt(vHat) + eps)
 * </pre>
 */
public final class AdamW extends ParameterwiseOptimizer {

    /** PyTorch's default decoupled weight decay. */
    public static final double WEIGHT_DECAY = 0.01;

    private final double weightDecay;
    private final AdamMoments moments;

    public AdamW(LearningRate rate, double beta1, double beta2, double eps, double weightDecay) {
        super(rate);
        checkWeightDecay(weightDecay);
        this.weightDecay = weightDecay;
        this.moments = new AdamMoments(beta1, beta2, eps);
    }

    /** AdamW with PyTorch's default betas and eps and the given decay. */
    public static AdamW withDecay(LearningRate rate, double weightDecay) {
        return new AdamW(rate, Adam.BETA1, Adam.BETA2, Adam.EPS, weightDecay);
    }

    @Override
    Tensor update(int index, Tensor parameter, Tensor gradient, int step, double lr) {
        Tensor decayed = parameter.mul(1.0 - lr * weightDecay);
        return decayed.sub(moments.step(index, gradient, step, lr));
    }
}
