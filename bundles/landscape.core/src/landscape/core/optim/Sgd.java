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

import landscape.core.tensor.Tensor;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, in
 * PyTorch's convention ({@code torch.optim.SGD}, dampening 0):
 *
 * <pre>
 * g = grad + weightDecay * p
 * b = momentum * b + g          (b = g at the first step)
 * d = g + momentum * b          (Nesterov)   or   d = b   (classical)   or   d = g   (no momentum)
 * p = p - lr(t) * d
 * </pre>
 */
public final class Sgd extends ParameterwiseOptimizer {

    private final LearningRate rate;
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;
    private final List<Tensor> buffers = new ArrayList<>();

    private Sgd(LearningRate rate, double momentum, boolean nesterov, double weightDecay) {
        super(rate);
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum = " + momentum + "; expected 0 <= momentum < 1");
        }
        checkWeightDecay(weightDecay);
        this.rate = rate;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    /** Plain gradient descent {@code p = p - lr * grad}. */
    public static Sgd plain(LearningRate rate) {
        return new Sgd(rate, 0.0, false, 0.0);
    }

    /** Heavy-ball momentum. */
    public static Sgd momentum(LearningRate rate, double momentum) {
        return new Sgd(rate, momentum, false, 0.0);
    }

    /** Nesterov momentum as PyTorch formulates it. */
    public static Sgd nesterov(LearningRate rate, double momentum) {
        return new Sgd(rate, momentum, true, 0.0);
    }

    /** A fresh optimiser like this one with L2 weight decay added to the gradient. */
    public Sgd withWeightDecay(double decay) {
        return new Sgd(rate, momentum, nesterov, decay);
    }

    @Override
    Tensor update(int index, Tensor parameter, Tensor gradient, int step, double lr) {
        Tensor g = weightDecay == 0.0 ? gradient : gradient.add(parameter.mul(weightDecay));
        Tensor d = momentum == 0.0 ? g : direction(index, g, step);
        return parameter.sub(d.mul(lr));
    }

    private Tensor direction(int i, Tensor g, int step) {
        Tensor b = step == 1 ? g : buffers.get(i).mul(momentum).add(g);
        if (step == 1) {
            buffers.add(b);
        } else {
            buffers.set(i, b);
        }
        return nesterov ? g.add(b.mul(momentum)) : b;
    }
}
