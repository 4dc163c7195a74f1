/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import landscape.core.tensor.Tensor;

/**
 * Noisy samples of {@code y = sin(x) + noise}, {@code noise ~ N(0, noiseStd^2)}, the standard
 * example for bias and variance. Inputs and targets are {@code [n, 1]} float64 tensors.
 */
public final class SineData {

    /** Inputs {@code x} and targets {@code y}, both {@code [n, 1]}. */
    public record Samples(Tensor x, Tensor y) {
    }

    private SineData() {
    }

    /** {@code n} inputs evenly spaced from {@code low} to {@code high}, both included. */
    public static Samples evenlySpaced(int n, double low, double high, double noiseStd, RandomStream random) {
        checkArguments(n, low, high, noiseStd);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? low : low + (high - low) * i / (n - 1);
        }
        return withNoise(x, noiseStd, random);
    }

    /** {@code n} inputs drawn uniformly from {@code [low, high)}. */
    public static Samples uniform(int n, double low, double high, double noiseStd, RandomStream random) {
        checkArguments(n, low, high, noiseStd);
        RandomStream inputs = random.derive("inputs");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = inputs.uniform(low, high);
        }
        return withNoise(x, noiseStd, random);
    }

    private static Samples withNoise(double[] x, double noiseStd, RandomStream random) {
        RandomStream noise = random.derive("noise");
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(x[i]) + noiseStd * noise.nextGaussian();
        }
        return new Samples(Tensor.of(x, x.length, 1), Tensor.of(y, x.length, 1));
    }

    private static void checkArguments(int n, double low, double high, double noiseStd) {
        if (n < 1 || !(low < high) || !(noiseStd >= 0)) {
            throw new IllegalArgumentException("n = " + n + ", low = " + low + ", high = " + high + ", noiseStd = "
                    + noiseStd + "; expected n >= 1, low < high and noiseStd >= 0");
        }
    }
}
