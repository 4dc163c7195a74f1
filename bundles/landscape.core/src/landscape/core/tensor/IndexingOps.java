/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import landscape.core.internal.kernel.FloatRounding;
import landscape.core.internal.kernel.RowIndexing;

/** Gathering rows by index (embedding lookup) and its adjoint, scatter-adding rows. */
final class IndexingOps {

    private IndexingOps() {
    }

    static Tensor gatherRows(Tensor x, int[] indices) {
        int rows = checkRows(x, indices, x.rank() == 0 ? 0 : x.shape.dim(0));
        Shape shape = x.shape.with(0, indices.length);
        int width = x.size() / rows;

        Tensor out;
        if (x.small == null && x.rank() == 2) {
            out = Storage.fromNd4j(shape, x.dtype, Nd4j.pullRows(x.big, 1, indices));
        } else {
            out = Storage.fromValues(shape, x.dtype, RowIndexing.gather(x.values(), rows, width, indices));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> g.scatterAddRows(rows, indices)), x);
    }

    static Tensor scatterAddRows(Tensor g, int rows, int[] indices) {
        checkRows(g, indices, rows);
        if (g.shape.dim(0) != indices.length) {
            throw new IllegalArgumentException("scatterAddRows of " + g.shape + " with " + indices.length
                    + " indices; expected one index per row");
        }

        Shape shape = g.shape.with(0, rows);
        int width = g.size() / g.shape.dim(0);
        double[] sums = RowIndexing.scatterAdd(g.values(), rows, width, indices);
        Tensor out = Storage.fromValues(shape, g.dtype, rounded(sums, g.dtype));
        return out.recorded((h, sink) -> sink.add(g, () -> h.gatherRows(indices)), g);
    }

    static Tensor pick(Tensor x, int[] columns) {
        if (x.rank() != 2 || x.shape.dim(0) != columns.length) {
            throw new IllegalArgumentException("pick from shape " + x.shape + " with " + columns.length
                    + " columns; expected a matrix with one row per column index");
        }
        checkColumns(columns, x.shape.dim(1));

        int width = x.shape.dim(1);
        double[] picked = new double[columns.length];
        if (x.small != null) {
            for (int i = 0; i < columns.length; i++) {
                picked[i] = x.small[i * width + columns[i]];
            }
        } else {
            for (int i = 0; i < columns.length; i++) {
                picked[i] = x.big.getDouble(i, columns[i]);
            }
        }
        Tensor out = Storage.fromValues(Shape.of(columns.length), x.dtype, picked);
        return out.recorded((g, sink) -> sink.add(x, () -> g.placeColumns(width, columns)), x);
    }

    static Tensor placeColumns(Tensor g, int width, int[] columns) {
        if (g.rank() != 1 || g.size() != columns.length) {
            throw new IllegalArgumentException("placeColumns of shape " + g.shape + " with " + columns.length
                    + " columns; expected a vector with one value per column index");
        }

        Shape shape = Shape.of(columns.length, width);
        checkColumns(columns, width);
        double[] v = g.values();
        Tensor out;
        if (shape.size() <= Tensor.SMALL_SIZE_LIMIT) {
            double[] placed = new double[shape.size()];
            for (int i = 0; i < columns.length; i++) {
                placed[i * width + columns[i]] = v[i];
            }
            out = Storage.fromValues(shape, g.dtype, placed);
        } else {
            INDArray placed = Nd4j.zeros(g.dtype.nd4jType(), columns.length, width);
            for (int i = 0; i < columns.length; i++) {
                placed.putScalar(i, columns[i], v[i]);
            }
            out = Storage.fromNd4j(shape, g.dtype, placed);
        }
        return out.recorded((h, sink) -> sink.add(g, () -> h.pick(columns)), g);
    }

    private static double[] rounded(double[] values, DType type) {
        if (type == DType.FLOAT32) {
            FloatRounding.roundInPlace(values);
        }
        return values;
    }

    private static void checkColumns(int[] columns, int width) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] < 0 || columns[i] >= width) {
                throw new IndexOutOfBoundsException("columns[" + i + "] = " + columns[i] + "; expected 0 <= column < "
                        + width);
            }
        }
    }

    private static int checkRows(Tensor x, int[] indices, int rows) {
        if (x.rank() == 0 || indices.length == 0) {
            throw new IllegalArgumentException("row indexing of shape " + x.shape + " with " + indices.length
                    + " indices; expected rank at least 1 and at least one index");
        }
        for (int r = 0; r < indices.length; r++) {
            if (indices[r] < 0 || indices[r] >= rows) {
                throw new IndexOutOfBoundsException(
                        "indices[" + r + "] = " + indices[r] + "; expected 0 <= index < " + rows);
            }
        }
        return rows;
    }
}
