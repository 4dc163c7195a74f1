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
 * Bias-corrected first and second moment estimates shared by {@link Adam} and {@link AdamW}
 * (Kingma and Ba, 2015, in PyTorch's form with {@code eps} added after the square root).
 */
final class AdamMoments {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final List<Tensor> first = new ArrayList<>();
    private final List<Tensor> second = new ArrayList<>();

    AdamMoments(double beta1, double beta2, double eps) {
        if (beta1 < 0.0 || beta1 >= 1.0 || beta2 < 0.0 || beta2 >= 1.0 || !(eps > 0.0)) {
            throw new IllegalArgumentException("beta1 = " + beta1 + ", beta2 = " + beta2 + ", eps = " + eps
                    + "; expected 0 <= beta < 1 and eps > 0");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    /**
     * Updates the moments of parameter {@code i} with gradient {@code g} at step {@code t >= 1} and
     * returns {@code rate * mHat / (sqrt(vHat) + eps)}, the step to subtract.
     */
    Tensor step(int i, Tensor g, int t, double rate) {
        Tensor m = g.mul(1.0 - beta1);
        Tensor v = g.square().mul(1.0 - beta2);
        if (t == 1) {
            first.add(m);
            second.add(v);
        } else {
            m = first.get(i).mul(beta1).add(m);
            v = second.get(i).mul(beta2).add(v);
            first.set(i, m);
            second.set(i, v);
        }

        // sqrt(vHat) + eps = sqrt(v) / sqrt(1 - beta2^t) + eps, one fused pass after the root.
        Tensor denominator = v.sqrt().affine(1.0 / Math.sqrt(1.0 - Math.pow(beta2, t)), eps);
        return m.div(denominator).mul(rate / (1.0 - Math.pow(beta1, t)));
    }
}
