/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.bench;

import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Tensor;

/**
 * The loss of the two-parameter tanh network over a square grid of {@code (w1, w2)}, evaluated as
 * batched tensor operations without recording, against a plain Java triple loop.
 */
final class LossGridWorkload {

    static final int SIDE = 201;
    private static final double HALF_WIDTH = 3.0;

    /**
     * Grid points per batch: a batch of {@code rows x points} stays on the plain-Java path of
     * small tensors and in the CPU cache, instead of streaming 4 million elements per operation.
     */
    private static final int ROWS_PER_BATCH = Tensor.SMALL_SIZE_LIMIT / TinyNetworkWorkload.POINTS;

    /** Block sizes of the batched grid: 8 x 10 x 100 points = 8000 elements, within the small limit. */
    private static final int W1_BLOCK = 8;
    private static final int W2_BLOCK = 10;

    private final double[] xs;
    private final double[] ys;
    private final Tensor x;
    private final Tensor y;

    LossGridWorkload(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        this.x = Tensor.of(xs).reshape(1, xs.length);
        this.y = Tensor.of(ys).reshape(1, ys.length);
    }

    private static double coordinate(int i) {
        return -HALF_WIDTH + 2 * HALF_WIDTH * i / (SIDE - 1);
    }

    /**
     * All {@code SIDE^2} losses as batched tensor operations. The hidden activations
     * {@code tanh(w1 x)} depend on {@code w1} only, so each block of {@code w1} values computes
     * them once, as a {@code [W1_BLOCK, 1, points]} tensor, and broadcasts them against blocks of
     * {@code [1, W2_BLOCK, 1]} values of {@code w2}. Blocks of {@code W1_BLOCK * W2_BLOCK * points}
     * elements stay on the plain-Java path of small tensors and in the CPU cache. Returns the sum
     * of the losses.
     */
    double batched() {
        Tensor x3 = x.reshape(1, 1, xs.length);
        Tensor y3 = y.reshape(1, 1, ys.length);
        double checksum = 0.0;
        try (NoGrad scope = NoGrad.enter()) {
            for (int i = 0; i < SIDE; i += W1_BLOCK) {
                Tensor w1 = axisBlock(i, W1_BLOCK).reshape(blockLength(i, W1_BLOCK), 1, 1);
                Tensor hidden = w1.mul(x3).tanh();
                for (int j = 0; j < SIDE; j += W2_BLOCK) {
                    Tensor w2 = axisBlock(j, W2_BLOCK).reshape(1, blockLength(j, W2_BLOCK), 1);
                    checksum += hidden.mul(w2).sub(y3).square().mean(2).sum().item();
                }
            }
        }
        return checksum;
    }

    private static int blockLength(int from, int block) {
        return Math.min(block, SIDE - from);
    }

    private static Tensor axisBlock(int from, int block) {
        double[] values = new double[blockLength(from, block)];
        for (int k = 0; k < values.length; k++) {
            values[k] = coordinate(from + k);
        }
        return Tensor.of(values);
    }

    /** The batched grid in plain Java loops, with {@code tanh(w1 x)} likewise computed once per {@code w1}. */
    double plainBatched() {
        double checksum = 0.0;
        double[] hidden = new double[xs.length];
        for (int i = 0; i < SIDE; i++) {
            double w1 = coordinate(i);
            for (int k = 0; k < xs.length; k++) {
                hidden[k] = Math.tanh(w1 * xs[k]);
            }
            for (int j = 0; j < SIDE; j++) {
                double w2 = coordinate(j);
                double sum = 0.0;
                for (int k = 0; k < xs.length; k++) {
                    double r = w2 * hidden[k] - ys[k];
                    sum += r * r;
                }
                checksum += sum / xs.length;
            }
        }
        return checksum;
    }

    /**
     * The grid with every grid point evaluated independently, in batches of rows that stay on the
     * plain-Java path of small tensors and in the CPU cache. Returns the sum of the losses.
     */
    double pointwise() {
        int total = SIDE * SIDE;
        double checksum = 0.0;
        try (NoGrad scope = NoGrad.enter()) {
            for (int from = 0; from < total; from += ROWS_PER_BATCH) {
                int rows = Math.min(ROWS_PER_BATCH, total - from);
                double[] w1 = new double[rows];
                double[] w2 = new double[rows];
                for (int r = 0; r < rows; r++) {
                    w1[r] = coordinate((from + r) / SIDE);
                    w2[r] = coordinate((from + r) % SIDE);
                }
                Tensor a = Tensor.of(w1, rows, 1);
                Tensor b = Tensor.of(w2, rows, 1);
                Tensor losses = a.mul(x).tanh().mul(b).sub(y).square().mean(1);
                checksum += losses.sum().item();
            }
        }
        return checksum;
    }

    /** The grid point by point in plain Java loops. */
    double plain() {
        double checksum = 0.0;
        for (int i = 0; i < SIDE; i++) {
            double w1 = coordinate(i);
            for (int j = 0; j < SIDE; j++) {
                double w2 = coordinate(j);
                double sum = 0.0;
                for (int k = 0; k < xs.length; k++) {
                    double r = w2 * Math.tanh(w1 * xs[k]) - ys[k];
                    sum += r * r;
                }
                checksum += sum / xs.length;
            }
        }
        return checksum;
    }
}
