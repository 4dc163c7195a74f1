/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.loss;

import landscape.core.tensor.Tensor;

/** Fraction of rows whose largest score is at the label; ties go to the lowest class index. */
public final class Accuracy {

    private Accuracy() {
    }

    public static double of(Tensor logits, int[] labels) {
        int classes = CrossEntropy.checkedClasses(logits, labels);

        double[] z = logits.toArray();
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (z[i * classes + c] > z[i * classes + best]) {
                    best = c;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
