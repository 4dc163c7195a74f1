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
import org.nd4j.linalg.ops.transforms.Transforms;

import landscape.core.autodiff.NoGrad;
import landscape.core.internal.kernel.AxisReduction;
import landscape.core.internal.kernel.FloatRounding;

/** Reductions along one axis: each computes its value, then records its local derivative rule. */
final class ReductionOps {

    private ReductionOps() {
    }

    static Tensor sum(Tensor x, int axis) {
        Shape kept = x.shape.with(axis, 1);
        Tensor out;
        if (x.small != null) {
            int[] a = x.shape.around(axis);
            double[] v = AxisReduction.sum(x.small, a[0], a[1], a[2]);
            out = Storage.fromValues(x.shape.without(axis), x.dtype, rounded(v, x));
        } else {
            out = Storage.fromNd4j(x.shape.without(axis), x.dtype, x.big.sum(x.shape.normalizeAxis(axis)));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> g.reshape(kept.rawDims()).broadcastTo(x.shape)), x);
    }

    static Tensor max(Tensor x, int axis) {
        Shape kept = x.shape.with(axis, 1);
        Tensor out;
        if (x.small != null) {
            int[] a = x.shape.around(axis);
            out = Storage.fromValues(x.shape.without(axis), x.dtype, AxisReduction.max(x.small, a[0], a[1], a[2]));
        } else {
            out = Storage.fromNd4j(x.shape.without(axis), x.dtype, x.big.max(x.shape.normalizeAxis(axis)));
        }

        // Ties are rare for real-valued data; every maximal element receives the full gradient.
        Tensor value = out;
        return out.recorded((g, sink) -> sink.add(x, () -> {
            Tensor mask = equalityMask(x.detach(), value.detach().reshape(kept.rawDims()));
            return g.reshape(kept.rawDims()).mul(mask);
        }), x);
    }

    static Tensor logSumExp(Tensor x, int axis) {
        Shape kept = x.shape.with(axis, 1);
        Tensor out;
        if (x.small != null) {
            int[] a = x.shape.around(axis);
            double[] v = AxisReduction.logSumExp(x.small, a[0], a[1], a[2]);
            out = Storage.fromValues(x.shape.without(axis), x.dtype, rounded(v, x));
        } else {
            int ax = x.shape.normalizeAxis(axis);
            INDArray max = x.big.max(true, ax);
            INDArray shifted = Transforms.exp(x.big.sub(max), false);
            INDArray lse = Transforms.log(shifted.sum(true, ax), false).addi(max);
            out = Storage.fromNd4j(x.shape.without(axis), x.dtype, lse);
        }
        return OutputRule.record(out, (y, g, sink) -> sink.add(x, () -> softmaxTimes(x, y.reshape(kept.rawDims()),
                g.reshape(kept.rawDims()))), x);
    }

    // The local gradient exp(x - lse) * g; fused into one fresh array when nothing is recorded.
    private static Tensor softmaxTimes(Tensor x, Tensor lseKept, Tensor gKept) {
        if (x.big == null || NoGrad.isRecording()) {
            return x.sub(lseKept).exp().mul(gKept);
        }

        INDArray s = x.big.sub(lseKept.nd4j(x.dtype));
        Transforms.exp(s, false);
        return Storage.fromNd4j(x.shape, x.dtype, s.muli(gKept.nd4j(x.dtype)));
    }

    // 1 where x equals the broadcast maximum, 0 elsewhere; a constant.
    private static Tensor equalityMask(Tensor x, Tensor maxKept) {
        Tensor diff = x.sub(maxKept);
        if (diff.small != null) {
            double[] mask = new double[diff.small.length];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = diff.small[i] == 0.0 ? 1.0 : 0.0;
            }
            return Storage.fromValues(x.shape, x.dtype, mask);
        }
        return Storage.fromNd4j(x.shape, x.dtype, diff.big.eq(0.0).castTo(x.dtype.nd4jType()));
    }

    private static double[] rounded(double[] values, Tensor like) {
        if (like.dtype == DType.FLOAT32) {
            FloatRounding.roundInPlace(values);
        }
        return values;
    }
}
