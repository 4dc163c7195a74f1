/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import landscape.core.autodiff.Gradients;
import landscape.core.tensor.DType;
import landscape.core.tensor.Tensor;
import landscape.core.tests.support.GradientCheck;
import landscape.core.tests.support.Tolerances;

/** Losses against their definitions; gradients against closed forms and central differences. */
class LossTest {

    private static final double[] LOGITS = { 2.0, -1.0, 0.5, 0.0, 3.0, -2.0 };
    private static final int[] LABELS = { 0, 1 };

    @Test
    void crossEntropyMatchesDefinition() {
        double expected = 0.0;
        for (int i = 0; i < 2; i++) {
            double sum = 0.0;
            for (int c = 0; c < 3; c++) {
                sum += Math.exp(LOGITS[i * 3 + c]);
            }
            expected += (Math.log(sum) - LOGITS[i * 3 + LABELS[i]]) / 2;
        }

        double actual = CrossEntropy.fromLogits(Tensor.of(LOGITS, 2, 3), LABELS).item();

        assertEquals(expected, actual, Tolerances.EXACT, "mean(lse - z_label), tolerance EXACT");
    }

    @Test
    void crossEntropyGradientIsSoftmaxMinusOneHot() {
        Tensor z = Tensor.of(LOGITS, 2, 3).variable();

        double[] grad = Gradients.of(CrossEntropy.fromLogits(z, LABELS), z).toArray();

        double[] softmax = z.softmax(1).toArray();
        for (int i = 0; i < 2; i++) {
            softmax[i * 3 + LABELS[i]] -= 1.0;
        }
        for (int k = 0; k < 6; k++) {
            softmax[k] /= 2;
        }
        assertArrayEquals(softmax, grad, Tolerances.EXACT, "(softmax - onehot) / n, tolerance EXACT");
    }

    @Test
    void crossEntropyOfHugeFloat32LogitsIsStable() {
        double[] shifted = LOGITS.clone();
        for (int k = 0; k < shifted.length; k++) {
            shifted[k] += 1000.0;
        }

        double reference = CrossEntropy.fromLogits(Tensor.of(LOGITS, 2, 3), LABELS).item();
        Tensor loss = CrossEntropy.fromLogits(Tensor.of(DType.FLOAT32, shifted, 2, 3), LABELS);

        assertEquals(DType.FLOAT64, loss.dtype(), "log-sum-exp is computed in float64");
        assertTrue(Double.isFinite(loss.item()), "no overflow at logits near 1000");
        assertEquals(reference, loss.item(), 1e-4,
                "shift invariance; float32 spacing at 1000 is 6e-5, so 1e-4 is one or two ulps of the inputs");
    }

    @Test
    void crossEntropyGradientMatchesCentralDifferences() {
        GradientCheck.assertGradient("cross-entropy", z -> CrossEntropy.fromLogits(z, LABELS), Tensor.of(LOGITS, 2, 3));
    }

    @Test
    void meanSquaredErrorAndItsGradient() {
        Tensor target = Tensor.of(1.0, 2.0, 3.0);

        double value = MeanSquaredError.of(Tensor.of(1.5, 1.0, 3.0), target).item();

        assertEquals((0.25 + 1.0) / 3, value, Tolerances.EXACT, "mean of squared residuals");
        GradientCheck.assertGradient("MSE", p -> MeanSquaredError.of(p, target), Tensor.of(1.5, 1.0, 3.0));
    }

    @Test
    void accuracyCountsArgmaxHits() {
        assertEquals(0.5, Accuracy.of(Tensor.of(LOGITS, 2, 3), new int[] { 0, 2 }), 0.0, "row 0 right, row 1 wrong");
        assertEquals(1.0, Accuracy.of(Tensor.of(LOGITS, 2, 3), LABELS), 0.0, "both rows right");
    }
}
