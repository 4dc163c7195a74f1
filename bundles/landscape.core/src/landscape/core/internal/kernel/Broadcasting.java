/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Broadcasting to a larger shape and its adjoint, summing back to a smaller shape. */
public final class Broadcasting {

    private Broadcasting() {
    }

    /** Product of the dimension sizes. */
    public static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * For every element of {@code outShape} in row-major order, the offset of the element of an
     * array of {@code sourceShape} that broadcasting maps onto it.
     */
    public static int[] sourceOffsets(int[] sourceShape, int[] outShape) {
        int rank = outShape.length;
        int[] strides = broadcastStrides(sourceShape, rank);
        int n = size(outShape);
        int[] offsets = new int[n];
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = offset;
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                offset += strides[d];
                if (index[d] < outShape[d]) {
                    break;
                }
                offset -= strides[d] * outShape[d];
                index[d] = 0;
            }
        }
        return offsets;
    }

    /**
     * For every row of {@code outShape} along its last dimension, the offset in an array of
     * {@code sourceShape} of the element that broadcasting maps onto the row's first element.
     */
    public static int[] rowOffsets(int[] sourceShape, int[] outShape) {
        int[] sourceRows = sourceShape.clone();
        int[] outRows = outShape.clone();
        int sourceWidth = sourceShape.length == 0 ? 1 : sourceShape[sourceShape.length - 1];
        if (sourceRows.length > 0) {
            sourceRows[sourceRows.length - 1] = 1;
        }
        outRows[outRows.length - 1] = 1;

        int[] offsets = sourceOffsets(sourceRows, outRows);
        for (int r = 0; r < offsets.length; r++) {
            offsets[r] *= sourceWidth;
        }
        return offsets;
    }

    // Row-major strides of the source aligned to the right, zero along dimensions it stretches.
    private static int[] broadcastStrides(int[] sourceShape, int rank) {
        int[] strides = new int[rank];
        int stride = 1;
        for (int i = sourceShape.length - 1; i >= 0; i--) {
            int d = rank - sourceShape.length + i;
            strides[d] = sourceShape[i] == 1 ? 0 : stride;
            stride *= sourceShape[i];
        }
        return strides;
    }

    /** {@code x} of shape {@code sourceShape} repeated out to {@code outShape}. */
    public static double[] broadcastTo(double[] x, int[] sourceShape, int[] outShape) {
        int n = size(outShape);
        double[] out = new double[n];
        if (x.length == 1) {
            Arrays.fill(out, x[0]);
            return out;
        }
        int[] offsets = sourceOffsets(sourceShape, outShape);
        for (int i = 0; i < n; i++) {
            out[i] = x[offsets[i]];
        }
        return out;
    }

    /** The adjoint of {@link #broadcastTo}: sums {@code x} of shape {@code sourceShape} down to {@code targetShape}. */
    public static double[] sumTo(double[] x, int[] sourceShape, int[] targetShape) {
        double[] out = new double[size(targetShape)];
        if (out.length == 1) {
            double sum = 0.0;
            for (double v : x) {
                sum += v;
            }
            out[0] = sum;
            return out;
        }
        int[] offsets = sourceOffsets(targetShape, sourceShape);
        for (int i = 0; i < x.length; i++) {
            out[offsets[i]] += x[i];
        }
        return out;
    }

    /**
     * Nd4j version of {@link #broadcastTo}; returns a fresh array. Adding into zeros is several
     * times faster than Nd4j's own {@code broadcast}, which tiles element by element.
     */
    public static INDArray broadcastTo(INDArray x, int[] sourceShape, int[] outShape) {
        INDArray aligned = x.reshape(alignedShape(sourceShape, outShape.length));
        return Nd4j.zeros(x.dataType(), toLong(outShape)).addi(aligned);
    }

    /** Nd4j version of {@link #sumTo}. */
    public static INDArray sumTo(INDArray x, int[] sourceShape, int[] targetShape) {
        long[] aligned = alignedShape(targetShape, sourceShape.length);
        int[] axes = new int[sourceShape.length];
        int count = 0;
        for (int d = 0; d < sourceShape.length; d++) {
            if (aligned[d] == 1 && sourceShape[d] != 1) {
                axes[count++] = d;
            }
        }
        INDArray summed = count == 0 ? x : x.sum(true, Arrays.copyOf(axes, count));
        return targetShape.length == 0 ? summed : summed.reshape(toLong(targetShape));
    }

    private static long[] alignedShape(int[] shape, int rank) {
        long[] aligned = new long[rank];
        Arrays.fill(aligned, 1L);
        for (int i = 0; i < shape.length; i++) {
            aligned[rank - shape.length + i] = shape[i];
        }
        return aligned;
    }

    /** Dimension sizes as Nd4j expects them. */
    public static long[] toLong(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }
}
