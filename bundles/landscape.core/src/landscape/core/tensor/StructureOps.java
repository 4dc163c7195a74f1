/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import landscape.core.autodiff.LocalBackward;
import landscape.core.internal.kernel.Broadcasting;
import landscape.core.internal.kernel.FloatRounding;

/** Operations that move elements: reshape, broadcasting and its adjoint, slicing and joining. */
final class StructureOps {

    private StructureOps() {
    }

    static Tensor reshape(Tensor x, Shape shape) {
        if (shape.size() != x.size()) {
            throw new IllegalArgumentException(
                    "reshape to " + shape + " of a tensor of shape " + x.shape + "; expected " + x.size()
                            + " elements");
        }
        if (shape.equals(x.shape)) {
            return x;
        }

        Tensor out = x.small != null ? Storage.fromValues(shape, x.dtype, x.small)
                : Storage.fromNd4j(shape, x.dtype, x.big.reshape('c', shape.longDims()));
        return out.recorded((g, sink) -> sink.add(x, () -> g.reshape(x.shape.rawDims())), x);
    }

    static Tensor broadcastTo(Tensor x, Shape target) {
        if (!Shape.broadcast(x.shape, target).equals(target)) {
            throw new IllegalArgumentException("broadcastTo " + target + " of shape " + x.shape
                    + "; expected a target that the shape broadcasts to unchanged");
        }
        if (target.equals(x.shape)) {
            return x;
        }

        Tensor out;
        if (x.small != null && target.size() <= Tensor.SMALL_SIZE_LIMIT) {
            double[] v = Broadcasting.broadcastTo(x.small, x.shape.rawDims(), target.rawDims());
            out = Storage.fromValues(target, x.dtype, v);
        } else {
            INDArray v = Broadcasting.broadcastTo(x.nd4j(), x.shape.rawDims(), target.rawDims());
            out = Storage.fromNd4j(target, x.dtype, v);
        }
        return out.recorded((g, sink) -> sink.add(x, () -> g.sumTo(x.shape)), x);
    }

    static Tensor sumTo(Tensor x, Shape target) {
        if (!Shape.broadcast(target, x.shape).equals(x.shape)) {
            throw new IllegalArgumentException("sumTo " + target + " of shape " + x.shape
                    + "; expected a target that broadcasts to the shape");
        }
        if (target.equals(x.shape)) {
            return x;
        }

        Tensor out;
        if (x.small != null) {
            double[] v = Broadcasting.sumTo(x.small, x.shape.rawDims(), target.rawDims());
            if (x.dtype == DType.FLOAT32) {
                FloatRounding.roundInPlace(v);
            }
            out = Storage.fromValues(target, x.dtype, v);
        } else {
            out = Storage.fromNd4j(target, x.dtype, Broadcasting.sumTo(x.big, x.shape.rawDims(), target.rawDims()));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> g.broadcastTo(x.shape)), x);
    }

    static Tensor slice(Tensor x, int axis, int from, int to) {
        int ax = x.shape.normalizeAxis(axis);
        int length = x.shape.dim(ax);
        if (from < 0 || to > length || from >= to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") along axis " + axis + " of shape "
                    + x.shape + "; expected 0 <= from < to <= " + length);
        }

        Shape shape = x.shape.with(ax, to - from);
        Tensor out;
        if (x.small != null) {
            out = Storage.fromValues(shape, x.dtype, copyBlock(x.small, x.shape.around(ax), from, to));
        } else {
            INDArrayIndex[] index = new INDArrayIndex[x.rank()];
            for (int d = 0; d < index.length; d++) {
                index[d] = d == ax ? NDArrayIndex.interval(from, to) : NDArrayIndex.all();
            }
            out = Storage.fromNd4j(shape, x.dtype, x.big.get(index).dup('c'));
        }
        return out.recorded((g, sink) -> sink.add(x, () -> padAround(g, x, ax, from, to)), x);
    }

    // The adjoint of slicing: g placed between zeros, by concatenation so that it stays differentiable.
    private static Tensor padAround(Tensor g, Tensor x, int axis, int from, int to) {
        List<Tensor> parts = new ArrayList<>(3);
        if (from > 0) {
            parts.add(Tensor.zeros(x.shape.with(axis, from), g.dtype));
        }
        parts.add(g);
        if (to < x.shape.dim(axis)) {
            parts.add(Tensor.zeros(x.shape.with(axis, x.shape.dim(axis) - to), g.dtype));
        }
        return parts.size() == 1 ? g : concat(axis, parts);
    }

    static Tensor concat(int axis, List<Tensor> parts) {
        Tensor first = checkConcat(axis, parts);
        int ax = first.shape.normalizeAxis(axis);
        int[] offsets = new int[parts.size() + 1];
        boolean allSmall = true;
        for (int i = 0; i < parts.size(); i++) {
            offsets[i + 1] = offsets[i] + parts.get(i).shape.dim(ax);
            allSmall &= parts.get(i).small != null;
        }
        Shape shape = first.shape.with(ax, offsets[parts.size()]);

        Tensor out;
        if (allSmall && shape.size() <= Tensor.SMALL_SIZE_LIMIT) {
            out = Storage.fromValues(shape, first.dtype, joinBlocks(parts, shape.around(ax), offsets));
        } else {
            INDArray[] arrays = new INDArray[parts.size()];
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = parts.get(i).nd4j();
            }
            out = Storage.fromNd4j(shape, first.dtype, Nd4j.concat(ax, arrays));
        }

        Tensor[] inputs = parts.toArray(new Tensor[0]);
        LocalBackward rule = (g, sink) -> {
            for (int i = 0; i < inputs.length; i++) {
                int from = offsets[i];
                int to = offsets[i + 1];
                sink.add(inputs[i], () -> g.slice(ax, from, to));
            }
        };
        return out.recorded(rule, inputs);
    }

    private static Tensor checkConcat(int axis, List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat of an empty list; expected at least one tensor");
        }

        Tensor first = parts.get(0);
        int ax = first.shape.normalizeAxis(axis);
        for (int i = 1; i < parts.size(); i++) {
            Tensor p = parts.get(i);
            if (p.dtype != first.dtype || p.rank() != first.rank()
                    || !p.shape.with(ax, 1).equals(first.shape.with(ax, 1))) {
                throw new IllegalArgumentException("concat part " + i + " is " + p.shape + " " + p.dtype
                        + "; expected " + first.dtype + " and the shape of part 0, " + first.shape
                        + ", except along axis " + axis);
            }
        }
        return first;
    }

    private static double[] copyBlock(double[] x, int[] around, int from, int to) {
        int outer = around[0];
        int length = around[1];
        int inner = around[2];
        int width = (to - from) * inner;
        double[] out = new double[outer * width];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, (o * length + from) * inner, out, o * width, width);
        }
        return out;
    }

    private static double[] joinBlocks(List<Tensor> parts, int[] around, int[] offsets) {
        int outer = around[0];
        int length = around[1];
        int inner = around[2];
        double[] out = new double[outer * length * inner];
        for (int i = 0; i < parts.size(); i++) {
            double[] v = parts.get(i).small;
            int width = (offsets[i + 1] - offsets[i]) * inner;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(v, o * width, out, (o * length + offsets[i]) * inner, width);
            }
        }
        return out;
    }
}
