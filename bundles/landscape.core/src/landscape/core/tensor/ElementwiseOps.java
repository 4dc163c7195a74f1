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

import landscape.core.autodiff.NoGrad;
import landscape.core.internal.kernel.BinaryKernel;
import landscape.core.internal.kernel.FloatRounding;
import landscape.core.internal.kernel.UnaryKernel;

/** Elementwise operations: each computes its value, then records its local derivative rule. */
final class ElementwiseOps {

    private ElementwiseOps() {
    }

    static Tensor add(Tensor a, Tensor b) {
        Tensor out = binary(BinaryKernel.ADD, a, b);
        return out.recorded((g, sink) -> {
            sink.add(a, () -> g.sumTo(a.shape));
            sink.add(b, () -> g.sumTo(b.shape));
        }, a, b);
    }

    static Tensor sub(Tensor a, Tensor b) {
        Tensor out = binary(BinaryKernel.SUB, a, b);
        return out.recorded((g, sink) -> {
            sink.add(a, () -> g.sumTo(a.shape));
            sink.add(b, () -> g.neg().sumTo(b.shape));
        }, a, b);
    }

    static Tensor mul(Tensor a, Tensor b) {
        Tensor out = binary(BinaryKernel.MUL, a, b);
        return out.recorded((g, sink) -> {
            sink.add(a, () -> g.mul(b).sumTo(a.shape));
            sink.add(b, () -> g.mul(a).sumTo(b.shape));
        }, a, b);
    }

    static Tensor div(Tensor a, Tensor b) {
        Tensor out = binary(BinaryKernel.DIV, a, b);
        return out.recorded((g, sink) -> {
            sink.add(a, () -> g.div(b).sumTo(a.shape));
            sink.add(b, () -> g.mul(a).div(b.square()).neg().sumTo(b.shape));
        }, a, b);
    }

    static Tensor affine(Tensor x, double scale, double shift) {
        Tensor out;
        if (x.small != null) {
            double[] v = new double[x.small.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = x.small[i] * scale + shift;
            }
            out = Storage.fromValues(x.shape, x.dtype, rounded(v, x.dtype));
        } else {
            out = Storage.fromNd4j(x.shape, x.dtype, UnaryKernel.affine(x.big, scale, shift));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> scale == 1.0 ? g : g.mul(scale)), x);
    }

    static Tensor exp(Tensor x) {
        return OutputRule.record(unary(UnaryKernel.EXP, x), (y, g, sink) -> sink.add(x, () -> g.mul(y)), x);
    }

    static Tensor log(Tensor x) {
        return unary(UnaryKernel.LOG, x).recorded((g, sink) -> sink.add(x, () -> g.div(x)), x);
    }

    static Tensor tanh(Tensor x) {
        return OutputRule.record(unary(UnaryKernel.TANH, x),
                (y, g, sink) -> sink.add(x, () -> g.mul(y.square().affine(-1.0, 1.0))), x);
    }

    static Tensor sigmoid(Tensor x) {
        return OutputRule.record(unary(UnaryKernel.SIGMOID, x),
                (y, g, sink) -> sink.add(x, () -> g.mul(y.mul(y.affine(-1.0, 1.0)))), x);
    }

    static Tensor relu(Tensor x) {
        return unary(UnaryKernel.RELU, x).recorded((g, sink) -> sink.add(x, () -> maskedByPositive(g, x)), x);
    }

    // g where x > 0, else 0; on the large path without recording, the mask array takes the product in place.
    private static Tensor maskedByPositive(Tensor g, Tensor x) {
        if (x.big == null || NoGrad.isRecording()) {
            return g.mul(x.positiveMask());
        }

        DType type = g.dtype.promote(x.dtype);
        INDArray mask = x.big.gt(0.0).castTo(type.nd4jType());
        return Storage.fromNd4j(x.shape, type, mask.muli(g.nd4j(type)));
    }

    static Tensor square(Tensor x) {
        return unary(UnaryKernel.SQUARE, x).recorded((g, sink) -> sink.add(x, () -> g.mul(x.mul(2.0))), x);
    }

    static Tensor sqrt(Tensor x) {
        return OutputRule.record(unary(UnaryKernel.SQRT, x),
                (y, g, sink) -> sink.add(x, () -> g.div(y).mul(0.5)), x);
    }

    static Tensor pow(Tensor x, double p) {
        Tensor out;
        if (x.small != null) {
            double[] v = new double[x.small.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.pow(x.small[i], p);
            }
            out = Storage.fromValues(x.shape, x.dtype, rounded(v, x.dtype));
        } else {
            out = Storage.fromNd4j(x.shape, x.dtype, UnaryKernel.power(x.big, p));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> p == 1.0 ? g : g.mul(x.pow(p - 1.0)).mul(p)), x);
    }

    static Tensor cast(Tensor x, DType type) {
        if (type == x.dtype) {
            return x;
        }

        Tensor out;
        if (x.small != null) {
            out = Storage.fromValues(x.shape, type, rounded(x.small.clone(), type));
        } else {
            out = Storage.fromNd4j(x.shape, type, x.big.castTo(type.nd4jType()));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> g.to(x.dtype)), x);
    }

    /** The value of a unary kernel, not recorded. */
    static Tensor unary(UnaryKernel kernel, Tensor x) {
        if (x.small != null) {
            return Storage.fromValues(x.shape, x.dtype, kernel.apply(x.small, x.dtype == DType.FLOAT32));
        }
        return Storage.fromNd4j(x.shape, x.dtype, kernel.apply(x.big));
    }

    private static Tensor binary(BinaryKernel kernel, Tensor a, Tensor b) {
        Shape shape = Shape.broadcast(a.shape, b.shape);
        DType type = a.dtype.promote(b.dtype);
        if (a.small != null && b.small != null && shape.size() <= Tensor.SMALL_SIZE_LIMIT) {
            double[] v = kernel.apply(a.small, a.shape.rawDims(), b.small, b.shape.rawDims(), shape.rawDims(),
                    type == DType.FLOAT32);
            return Storage.fromValues(shape, type, v);
        }
        return Storage.fromNd4j(shape, type, kernel.apply(a.nd4j(type), b.nd4j(type)));
    }

    private static double[] rounded(double[] values, DType type) {
        if (type == DType.FLOAT32) {
            FloatRounding.roundInPlace(values);
        }
        return values;
    }
}
