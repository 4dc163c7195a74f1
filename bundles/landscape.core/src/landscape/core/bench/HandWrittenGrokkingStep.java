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

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import landscape.core.tensor.Tensor;

/**
 * The baseline for {@link GrokkingWorkload}: the same model and AdamW step written directly with
 * Nd4j arrays, a hand-derived backward pass and in-place updates, as one would without autodiff.
 */
final class HandWrittenGrokkingStep {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final int[] left;
    private final int[] right;
    private final INDArray oneHot;
    private final INDArray[] params;
    private final INDArray[] first;
    private final INDArray[] second;
    private int steps;

    HandWrittenGrokkingStep(GrokkingWorkload model) {
        left = model.left;
        right = model.right;
        int n = model.examples();
        oneHot = Nd4j.zeros(DataType.FLOAT, n, GrokkingWorkload.P);
        for (int i = 0; i < n; i++) {
            oneHot.putScalar(i, model.labels[i], 1.0);
        }

        List<Tensor> initial = model.parameters();
        params = new INDArray[initial.size()];
        first = new INDArray[initial.size()];
        second = new INDArray[initial.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = initial.get(i).toNd4j();
            first[i] = Nd4j.zerosLike(params[i]);
            second[i] = Nd4j.zerosLike(params[i]);
        }
    }

    /** Forward, hand-written backward and in-place AdamW; returns the loss. */
    double step() {
        INDArray table = params[0];
        INDArray w1 = params[1];
        INDArray w2 = params[3];
        int n = left.length;

        INDArray x = Nd4j.hstack(Nd4j.pullRows(table, 1, left), Nd4j.pullRows(table, 1, right));
        INDArray z1 = x.mmul(w1).addiRowVector(params[2]);
        INDArray h = Transforms.relu(z1, true);
        INDArray logits = h.mmul(w2).addiRowVector(params[4]);

        // Softmax shifted by the row maximum; the loss is mean(log(sum) + max - z_label).
        INDArray max = logits.max(true, 1);
        INDArray probs = Transforms.exp(logits.subColumnVector(max), false);
        INDArray sums = probs.sum(true, 1);
        probs.diviColumnVector(sums);
        double loss = (Transforms.log(sums, false).addi(max).sumNumber().doubleValue()
                - logits.mul(oneHot).sumNumber().doubleValue()) / n;

        INDArray dLogits = probs.subi(oneHot).divi(n);
        INDArray dW2 = h.transpose().mmul(dLogits);
        INDArray db2 = dLogits.sum(0);
        INDArray dz1 = dLogits.mmul(w2.transpose()).muli(z1.gt(0.0).castTo(DataType.FLOAT));
        INDArray dW1 = x.transpose().mmul(dz1);
        INDArray db1 = dz1.sum(0);
        INDArray dTable = embeddingGradient(dz1.mmul(w1.transpose()), table);

        adamW(new INDArray[] { dTable, dW1, db1, dW2, db2 });
        return loss;
    }

    // Scatter-add of the two token halves of dx into the rows of the table.
    private INDArray embeddingGradient(INDArray dx, INDArray table) {
        int width = (int) table.columns();
        float[] d = dx.dup('c').data().asFloat();
        float[] g = new float[(int) table.length()];
        for (int r = 0; r < left.length; r++) {
            int base = r * 2 * width;
            int a = left[r] * width;
            int b = right[r] * width;
            for (int c = 0; c < width; c++) {
                g[a + c] += d[base + c];
                g[b + c] += d[base + width + c];
            }
        }
        return Nd4j.create(g, table.shape(), 'c');
    }

    private void adamW(INDArray[] grads) {
        steps++;
        double lr = GrokkingWorkload.RATE;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        for (int i = 0; i < params.length; i++) {
            INDArray g = grads[i].reshape(params[i].shape());
            params[i].muli(1 - lr * GrokkingWorkload.WEIGHT_DECAY);
            first[i].muli(BETA1).addi(g.mul(1 - BETA1));
            second[i].muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            INDArray denominator = Transforms.sqrt(second[i].div(correction2), false).addi(EPS);
            params[i].subi(first[i].div(denominator).muli(lr / correction1));
        }
    }
}
