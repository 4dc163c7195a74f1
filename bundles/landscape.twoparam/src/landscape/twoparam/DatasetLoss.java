/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Tensor;

/**
 * The mean loss of a {@link TwoParameterModel} over a {@link Dataset}. Data lie along the last
 * axis of every tensor, so one formula serves a single point (w1 and w2 of shape [1, 1, 1]) and a
 * block of the grid (w1 of shape [a, 1, 1] against w2 of shape [1, b, 1]).
 */
public final class DatasetLoss implements TwoParameterLoss {

    private final TwoParameterModel model;
    private final Dataset data;
    private final Tensor inputs;
    private final Tensor targets;

    /**
     * @param model the model
     * @param data the data it is fitted to
     */
    public DatasetLoss(TwoParameterModel model, Dataset data) {
        this.model = model;
        this.data = data;
        this.inputs = Tensor.of(data.inputs()).reshape(1, 1, data.size());
        this.targets = Tensor.of(data.targets()).reshape(1, 1, data.size());
    }

    /** @return the model */
    public TwoParameterModel model() {
        return model;
    }

    /** @return the data */
    public Dataset data() {
        return data;
    }

    @Override
    public String description() {
        return model.description() + ", " + data.size() + " points";
    }

    @Override
    public Tensor at(Tensor w) {
        Tensor w1 = w.slice(0, 0, 1).reshape(1, 1, 1);
        Tensor w2 = w.slice(0, 1, 2).reshape(1, 1, 1);
        return model.pointLoss(model.hidden(w1, inputs), w2, targets).mean();
    }

    /**
     * Evaluates the grid in blocks of w1 values against blocks of w2 values. The hidden stage is
     * computed once per block of w1 and broadcast against each block of w2, and every block has at
     * most {@link Tensor#SMALL_SIZE_LIMIT} elements, so it runs on the core's plain-array path
     * and in the CPU cache.
     */
    @Override
    public double[][] grid(double[] w1s, double[] w2s) {
        int perBlock = Math.max(1, Tensor.SMALL_SIZE_LIMIT / data.size());
        int w1Block = Math.max(1, Math.min(w1s.length, (int) Math.sqrt(perBlock)));
        int w2Block = Math.max(1, Math.min(w2s.length, perBlock / w1Block));
        double[][] values = new double[w2s.length][w1s.length];

        try (NoGrad scope = NoGrad.enter()) {
            for (int i = 0; i < w1s.length; i += w1Block) {
                int a = Math.min(w1Block, w1s.length - i);
                Tensor hidden = model.hidden(block(w1s, i, a).reshape(a, 1, 1), inputs);
                for (int j = 0; j < w2s.length; j += w2Block) {
                    int b = Math.min(w2Block, w2s.length - j);
                    Tensor w2 = block(w2s, j, b).reshape(1, b, 1);
                    double[] losses = model.pointLoss(hidden, w2, targets).mean(2).toArray();
                    store(losses, values, i, a, j, b);
                }
            }
        }
        return values;
    }

    private static Tensor block(double[] axis, int from, int length) {
        double[] values = new double[length];
        System.arraycopy(axis, from, values, 0, length);
        return Tensor.of(values);
    }

    // losses is [a, b] row-major with w1 along the rows; the grid has w2 along its rows.
    private static void store(double[] losses, double[][] values, int i, int a, int j, int b) {
        for (int p = 0; p < a; p++) {
            for (int q = 0; q < b; q++) {
                values[j + q][i + p] = losses[p * b + q];
            }
        }
    }
}
