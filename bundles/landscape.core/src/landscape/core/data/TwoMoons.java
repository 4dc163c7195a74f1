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
 * The two-moons classification set: two interleaved half circles in the plane, class 0 the upper
 * arc centred at the origin, class 1 the lower arc centred at {@code (1, 0.5)}, with Gaussian
 * noise of standard deviation {@code noise} on both coordinates.
 */
public final class TwoMoons {

    /** Points {@code [n, 2]} and their class labels. */
    public record Points(Tensor x, int[] labels) {
    }

    private TwoMoons() {
    }

    /** {@code n} points, alternating between the classes, so that they are balanced to within one. */
    public static Points generate(int n, double noise, RandomStream random) {
        if (n < 2 || !(noise >= 0)) {
            throw new IllegalArgumentException(
                    "n = " + n + ", noise = " + noise + "; expected n >= 2 and noise >= 0");
        }

        RandomStream angles = random.derive("angles");
        RandomStream jitter = random.derive("noise");
        double[] xy = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            double t = Math.PI * angles.nextDouble();
            double x = labels[i] == 0 ? Math.cos(t) : 1.0 - Math.cos(t);
            double y = labels[i] == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            xy[2 * i] = x + noise * jitter.nextGaussian();
            xy[2 * i + 1] = y + noise * jitter.nextGaussian();
        }
        return new Points(Tensor.of(xy, n, 2), labels);
    }
}
