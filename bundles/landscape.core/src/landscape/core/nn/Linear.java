/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import java.util.List;

import landscape.core.data.RandomStream;
import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/**
 * Affine layer {@code y = x W + b} with {@code W [in, out]} and {@code b [out]}, for inputs
 * {@code [batch, in]}.
 */
public final class Linear implements Module<Linear> {

    private final Tensor weight;
    private final Tensor bias;

    private Linear(Tensor weight, Tensor bias) {
        this.weight = Module.tracked(weight);
        this.bias = Module.tracked(bias);
    }

    /** A layer with weights and biases drawn by the given schemes from {@code random}. */
    public static Linear create(int in, int out, Initialization weights, Initialization biases, DType dtype,
            RandomStream random) {
        Tensor w = weights.sample(Shape.of(in, out), in, out, dtype, random);
        Tensor b = biases.sample(Shape.of(out), in, out, dtype, random);
        return new Linear(w, b);
    }

    public Tensor forward(Tensor x) {
        return x.matmul(weight).add(bias);
    }

    public Tensor weight() {
        return weight;
    }

    public Tensor bias() {
        return bias;
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public Linear withParameters(List<Tensor> values) {
        Module.checkShapes(parameters(), values);
        return new Linear(values.get(0), values.get(1));
    }
}
