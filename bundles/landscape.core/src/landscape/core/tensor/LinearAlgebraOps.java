/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import landscape.core.internal.kernel.FloatRounding;
import landscape.core.internal.kernel.SmallMatrixProduct;

/** Matrix product and transpose. */
final class LinearAlgebraOps {

    /**
     * Largest multiply-add count {@code m * k * n} done in plain Java: about 30 microseconds of
     * scalar work, comparable to the fixed cost of one BLAS call through Nd4j.
     */
    static final long SMALL_MATMUL_LIMIT = 32L * 32 * 32;

    private LinearAlgebraOps() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.rank() != 2 || b.rank() != 2 || a.shape.dim(1) != b.shape.dim(0)) {
            throw new IllegalArgumentException("matmul of " + a.shape + " and " + b.shape
                    + "; expected matrices [m, k] and [k, n]");
        }

        int m = a.shape.dim(0);
        int k = a.shape.dim(1);
        int n = b.shape.dim(1);
        DType type = a.dtype.promote(b.dtype);
        Shape shape = Shape.of(m, n);
        Tensor out;
        if (a.small != null && b.small != null && (long) m * k * n <= SMALL_MATMUL_LIMIT) {
            double[] v = SmallMatrixProduct.multiply(a.small, b.small, m, k, n);
            if (type == DType.FLOAT32) {
                FloatRounding.roundInPlace(v);
            }
            out = Storage.fromValues(shape, type, v);
        } else {
            out = Storage.fromNd4j(shape, type, a.nd4j(type).mmul(b.nd4j(type)));
        }
        return out.recorded((g, sink) -> {
            sink.add(a, () -> g.matmul(b.transpose()));
            sink.add(b, () -> a.transpose().matmul(g));
        }, a, b);
    }

    static Tensor transpose(Tensor x) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("transpose of shape " + x.shape + "; expected a matrix");
        }

        int rows = x.shape.dim(0);
        int cols = x.shape.dim(1);
        Shape shape = Shape.of(cols, rows);
        Tensor out = x.small != null
                ? Storage.fromValues(shape, x.dtype, SmallMatrixProduct.transpose(x.small, rows, cols))
                : Storage.fromNd4j(shape, x.dtype, x.big.transpose());
        return out.recorded((g, sink) -> sink.add(x, () -> g.transpose()), x);
    }
}
