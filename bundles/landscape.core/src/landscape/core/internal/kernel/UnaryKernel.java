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
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Elementwise functions of one argument, on plain arrays and on Nd4j arrays. */
public enum UnaryKernel {
    EXP, LOG, TANH, SIGMOID, RELU, STEP, SQUARE, SQRT, NEG;

    /** The function at one point. */
    public double apply(double x) {
        return switch (this) {
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
            case RELU -> x > 0 ? x : 0.0;
            case STEP -> x > 0 ? 1.0 : 0.0;
            case SQUARE -> x * x;
            case SQRT -> Math.sqrt(x);
            case NEG -> -x;
        };
    }

    /** A new array holding the function of every element of {@code x}, rounded to float when asked. */
    public double[] apply(double[] x, boolean roundToFloat) {
        double[] out = new double[x.length];
        switch (this) {
            case EXP -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = Math.exp(x[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = Math.tanh(x[i]);
                }
            }
            case SQUARE -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = x[i] * x[i];
                }
            }
            default -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = apply(x[i]);
                }
            }
        }
        if (roundToFloat) {
            FloatRounding.roundInPlace(out);
        }
        return out;
    }

    /** A new Nd4j array holding the function of every element of {@code x}. */
    public INDArray apply(INDArray x) {
        return switch (this) {
            case EXP -> Transforms.exp(x, true);
            case LOG -> Transforms.log(x, true);
            case TANH -> Transforms.tanh(x, true);
            case SIGMOID -> Transforms.sigmoid(x, true);
            case RELU -> Transforms.relu(x, true);
            case STEP -> x.gt(0.0).castTo(x.dataType());
            case SQUARE -> x.mul(x);
            case SQRT -> Transforms.sqrt(x, true);
            case NEG -> x.neg();
        };
    }

    /** {@code x} raised to the power {@code p}, elementwise, as a new Nd4j array. */
    public static INDArray power(INDArray x, double p) {
        return p == 2.0 ? x.mul(x) : Transforms.pow(x, p, true);
    }

    /** A fresh Nd4j array that holds {@code x * scale + shift}. */
    public static INDArray affine(INDArray x, double scale, double shift) {
        INDArray out = x.mul(scale);
        return shift == 0.0 ? out : out.addi(shift);
    }

    /** A fresh Nd4j array of the given type and shape filled with {@code value}. */
    public static INDArray filled(org.nd4j.linalg.api.buffer.DataType type, long[] shape, double value) {
        return shape.length == 0 ? Nd4j.scalar(type, value) : Nd4j.valueArrayOf(shape, value, type);
    }
}
