/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Elementwise functions of two arguments with numpy broadcasting, on plain and Nd4j arrays. */
public enum BinaryKernel {
    ADD, SUB, MUL, DIV;

    /** The function at one pair of points. */
    public double apply(double x, double y) {
        return switch (this) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
        };
    }

    /**
     * A new array of shape {@code outShape} holding the function of the broadcast elements of
     * {@code a} and {@code b}; rounded to float when asked. The output is walked row by row along
     * its last dimension, where each input either advances or, when it broadcasts, stands still.
     */
    public double[] apply(double[] a, int[] aShape, double[] b, int[] bShape, int[] outShape, boolean roundToFloat) {
        int n = Broadcasting.size(outShape);
        double[] out = new double[n];
        if (a.length == n && b.length == n || a.length == 1 || b.length == 1) {
            strided(a, 0, a.length == 1 ? 0 : 1, b, 0, b.length == 1 ? 0 : 1, out, 0, n);
        } else {
            int rank = outShape.length;
            int width = outShape[rank - 1];
            int[] rowsA = Broadcasting.rowOffsets(aShape, outShape);
            int[] rowsB = Broadcasting.rowOffsets(bShape, outShape);
            int strideA = aShape[aShape.length - 1] == 1 ? 0 : 1;
            int strideB = bShape[bShape.length - 1] == 1 ? 0 : 1;
            for (int r = 0; r < rowsA.length; r++) {
                strided(a, rowsA[r], strideA, b, rowsB[r], strideB, out, r * width, width);
            }
        }
        if (roundToFloat) {
            FloatRounding.roundInPlace(out);
        }
        return out;
    }

    // out[o + i] = op(a[ao + i * sa], b[bo + i * sb]) for i < n; the switch stays outside the loops.
    private void strided(double[] a, int ao, int sa, double[] b, int bo, int sb, double[] out, int o, int n) {
        switch (this) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[ao + i * sa] + b[bo + i * sb];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[ao + i * sa] - b[bo + i * sb];
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[ao + i * sa] * b[bo + i * sb];
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[ao + i * sa] / b[bo + i * sb];
                }
            }
        }
    }

    /** A new Nd4j array holding the broadcast function of {@code a} and {@code b}. */
    public INDArray apply(INDArray a, INDArray b) {
        return switch (this) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
        };
    }
}
