/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.noisyquadratic.internal;

/**
 * Where SGD with gradient noise settles on L(w) = 1/2 sum_i lambda_i w_i^2.
 *
 * <p>With step a and the gradient lambda w + sigma xi (xi standard normal, fresh each step), one
 * coordinate follows w' = (1 - a lambda) w - a sigma xi. Its variance v reaches the fixed point
 * v = (1 - a lambda)^2 v + a^2 sigma^2, that is v = a sigma^2 / (lambda (2 - a lambda)), so the
 * expected loss of the direction is lambda v / 2 = a sigma^2 / (2 (2 - a lambda)). It exists
 * for 0 &lt; a lambda &lt; 2; for small steps it is about a sigma^2 / 4, proportional to the step.
 * The directions are independent and their floors add up.
 */
final class NoiseFloor {

    private NoiseFloor() {
    }

    /** @return the expected stationary loss a sigma^2 / (2 (2 - a lambda)), summed over the curvatures */
    static double plateau(double step, double sigma, double[] curvatures) {
        double sum = 0;
        for (double lambda : curvatures) {
            sum += direction(step, sigma, lambda);
        }
        return sum;
    }

    /** @return the small-step approximation a sigma^2 / 4 per direction, which ignores a lambda */
    static double smallStepPlateau(double step, double sigma, int dimension) {
        return dimension * step * sigma * sigma / 4;
    }

    /**
     * The standard error of the plateau measured as the mean loss over {@code samples} consecutive
     * stationary steps. A direction's loss has variance 2 m^2 (m its mean; w is Gaussian) and its
     * autocorrelation at lag k is rho^(2k) with rho = 1 - a lambda, so the mean over N steps has
     * variance 2 m^2 (1 + rho^2) / ((1 - rho^2) N), to leading order in 1 / N.
     *
     * @return the square root of that variance, summed over the independent directions
     */
    static double standardError(double step, double sigma, double[] curvatures, long samples) {
        double variance = 0;
        for (double lambda : curvatures) {
            double mean = direction(step, sigma, lambda);
            double rho2 = (1 - step * lambda) * (1 - step * lambda);
            variance += 2 * mean * mean * (1 + rho2) / ((1 - rho2) * samples);
        }
        return Math.sqrt(variance);
    }

    private static double direction(double step, double sigma, double lambda) {
        return step * sigma * sigma / (2 * (2 - step * lambda));
    }
}
