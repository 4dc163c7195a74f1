/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import landscape.core.data.RandomStream;
import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/**
 * How the initial values of a weight tensor are drawn: a scheme, which fixes the distribution in
 * terms of fan-in and fan-out, times an explicit {@code scale}. The random stream is always passed
 * in, so that a seed fixes every initial value.
 *
 * @param scheme the distribution
 * @param scale multiplies every drawn value; {@code 1} gives the textbook scheme
 */
public record Initialization(Scheme scheme, double scale) {

    /** Distributions, named as in the literature. */
    public enum Scheme {
        /** All zeros. */
        ZEROS,
        /** Normal with standard deviation 1. */
        NORMAL,
        /** Uniform on [-1, 1). */
        UNIFORM,
        /** Glorot and Bengio (2010): uniform with bound {@code sqrt(6 / (fanIn + fanOut))}. */
        XAVIER_UNIFORM,
        /** He et al. (2015): normal with standard deviation {@code sqrt(2 / fanIn)}. */
        HE_NORMAL,
        /** PyTorch's default for linear layers: uniform with bound {@code 1 / sqrt(fanIn)}. */
        FAN_IN_UNIFORM
    }

    public Initialization {
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale = " + scale + "; expected a finite number");
        }
    }

    public static Initialization of(Scheme scheme, double scale) {
        return new Initialization(scheme, scale);
    }

    /** Draws a tensor of {@code shape} in row-major order from {@code random}. */
    public Tensor sample(Shape shape, int fanIn, int fanOut, DType dtype, RandomStream random) {
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale * draw(fanIn, fanOut, random);
        }
        return Tensor.of(dtype, values, shape.dims());
    }

    private double draw(int fanIn, int fanOut, RandomStream random) {
        return switch (scheme) {
            case ZEROS -> 0.0;
            case NORMAL -> random.nextGaussian();
            case UNIFORM -> random.uniform(-1.0, 1.0);
            case XAVIER_UNIFORM -> random.uniform(-1.0, 1.0) * Math.sqrt(6.0 / (fanIn + fanOut));
            case HE_NORMAL -> random.nextGaussian() * Math.sqrt(2.0 / fanIn);
            case FAN_IN_UNIFORM -> random.uniform(-1.0, 1.0) / Math.sqrt(fanIn);
        };
    }
}
