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
import landscape.core.autodiff.HessianVectorProduct;
import landscape.core.data.ModularArithmetic;
import landscape.core.data.RandomStream;
import landscape.core.data.Split;
import landscape.core.loss.CrossEntropy;
import landscape.core.nn.Initialization;
import landscape.core.optim.AdamW;
import landscape.core.optim.LearningRate;
import landscape.core.optim.Optimizer;
import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/**
 * The grokking-sized model on {@code a + b mod 97}: both tokens embedded in 128 dimensions and
 * concatenated, a ReLU layer of 512 units, 97 logits, cross-entropy, AdamW; float32, full batch
 * over half of the table. Written with the library's tensors and autodiff.
 */
final class GrokkingWorkload {

    static final int P = 97;
    static final int EMBEDDING = 128;
    static final int HIDDEN = 512;
    static final double RATE = 1e-3;
    static final double WEIGHT_DECAY = 1.0;

    final int[] left;
    final int[] right;
    final int[] labels;
    private List<Tensor> parameters;
    private final Optimizer optimizer = AdamW.withDecay(LearningRate.constant(RATE), WEIGHT_DECAY);

    GrokkingWorkload(long seed) {
        RandomStream random = RandomStream.seeded(seed);
        ModularArithmetic.Table table = ModularArithmetic.table(P, ModularArithmetic.Operation.ADD);
        ModularArithmetic.Table train = table.rows(Split.of(table.size(), 0.5, 0.0, random.derive("split")).train());
        left = train.left();
        right = train.right();
        labels = train.result();

        Initialization fanIn = Initialization.of(Initialization.Scheme.FAN_IN_UNIFORM, 1.0);
        Initialization embedding = Initialization.of(Initialization.Scheme.NORMAL, 1.0 / Math.sqrt(EMBEDDING));
        RandomStream init = random.derive("init");
        parameters = List.of(
                embedding.sample(Shape.of(P, EMBEDDING), 1, EMBEDDING, DType.FLOAT32, init).variable(),
                fanIn.sample(Shape.of(2 * EMBEDDING, HIDDEN), 2 * EMBEDDING, HIDDEN, DType.FLOAT32, init).variable(),
                fanIn.sample(Shape.of(HIDDEN), 2 * EMBEDDING, HIDDEN, DType.FLOAT32, init).variable(),
                fanIn.sample(Shape.of(HIDDEN, P), HIDDEN, P, DType.FLOAT32, init).variable(),
                fanIn.sample(Shape.of(P), HIDDEN, P, DType.FLOAT32, init).variable());
    }

    int examples() {
        return labels.length;
    }

    List<Tensor> parameters() {
        return parameters;
    }

    /** Cross-entropy of the model with parameters {@code (E, W1, b1, W2, b2)}. */
    Tensor loss(List<Tensor> p) {
        Tensor table = p.get(0);
        Tensor tokens = Tensor.concat(1, List.of(table.gatherRows(left), table.gatherRows(right)));
        Tensor hidden = tokens.matmul(p.get(1)).add(p.get(2)).relu();
        Tensor logits = hidden.matmul(p.get(3)).add(p.get(4));
        return CrossEntropy.fromLogits(logits, labels);
    }

    /** Forward, backward and AdamW update; returns the loss. */
    double step() {
        Tensor loss = loss(parameters);
        parameters = optimizer.step(parameters, Gradients.of(loss, parameters));
        return loss.item();
    }

    /** Forward and backward only. */
    double gradient() {
        List<Tensor> grads = Gradients.of(loss(parameters), parameters);
        return grads.get(4).toArray()[0];
    }

    /** One exact Hessian-vector product along {@code direction}. */
    double hessianVectorProduct(List<Tensor> direction) {
        List<Tensor> hv = HessianVectorProduct.of(this::loss, parameters, direction);
        return hv.get(4).toArray()[0];
    }
}
