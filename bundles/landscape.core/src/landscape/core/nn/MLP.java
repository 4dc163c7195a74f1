/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import java.util.ArrayList;
import java.util.List;

import landscape.core.data.RandomStream;
import landscape.core.tensor.DType;
import landscape.core.tensor.Tensor;

/**
 * Multi-layer perceptron: {@link Linear} layers of the given widths with one {@link Activation}
 * after every layer but the last.
 */
public final class MLP implements Module<MLP> {

    private final List<Linear> layers;
    private final Activation activation;

    private MLP(List<Linear> layers, Activation activation) {
        this.layers = List.copyOf(layers);
        this.activation = activation;
    }

    /**
     * @param widths input width, hidden widths, output width; at least two entries
     * @param random stream for the initial weights; layer {@code i} draws from sub-stream {@code "layer" + i}
     */
    public static MLP create(int[] widths, Activation activation, Initialization weights, Initialization biases,
            DType dtype, RandomStream random) {
        if (widths.length < 2) {
            throw new IllegalArgumentException(
                    "widths has " + widths.length + " entries; expected input and output widths at least");
        }

        List<Linear> layers = new ArrayList<>();
        for (int i = 0; i + 1 < widths.length; i++) {
            RandomStream layerRandom = random.derive("layer" + i);
            layers.add(Linear.create(widths[i], widths[i + 1], weights, biases, dtype, layerRandom));
        }
        return new MLP(layers, activation);
    }

    public Tensor forward(Tensor x) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h);
            if (i + 1 < layers.size()) {
                h = activation.apply(h);
            }
        }
        return h;
    }

    public List<Linear> layers() {
        return layers;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public List<Tensor> parameters() {
        List<Tensor> all = new ArrayList<>(2 * layers.size());
        for (Linear layer : layers) {
            all.addAll(layer.parameters());
        }
        return all;
    }

    @Override
    public MLP withParameters(List<Tensor> values) {
        Module.checkShapes(parameters(), values);
        List<Linear> updated = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            updated.add(layers.get(i).withParameters(values.subList(2 * i, 2 * i + 2)));
        }
        return new MLP(updated, activation);
    }
}
