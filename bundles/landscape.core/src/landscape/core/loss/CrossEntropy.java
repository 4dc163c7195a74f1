/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.loss;

import landscape.core.tensor.DType;
import landscape.core.tensor.Tensor;

/**
 * Mean cross-entropy of class scores against integer labels,
 * {@code mean_i(logSumExp(z_i) - z_i[label_i])}. The logits are promoted to float64 before the
 * log-sum-exp, so that float32 models do not lose the small differences between large scores;
 * the gradient flows back in the logits' own type.
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * @param logits {@code [n, classes]} unnormalised scores
     * @param labels {@code n} class indices
     * @return the float64 scalar loss
     */
    public static Tensor fromLogits(Tensor logits, int[] labels) {
        checkedClasses(logits, labels);

        // Picking is exact in any type, so only the picked scores are promoted.
        Tensor correct = logits.pick(labels).to(DType.FLOAT64);
        return logits.to(DType.FLOAT64).logSumExp(1).sub(correct).mean();
    }

    static int checkedClasses(Tensor logits, int[] labels) {
        if (logits.rank() != 2 || logits.shape().dim(0) != labels.length) {
            throw new IllegalArgumentException("logits has shape " + logits.shape() + " for " + labels.length
                    + " labels; expected [" + labels.length + ", classes]");
        }

        int classes = logits.shape().dim(1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(
                        "labels[" + i + "] = " + labels[i] + "; expected 0 <= label < " + classes);
            }
        }
        return classes;
    }
}
