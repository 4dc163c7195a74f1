/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tests.support;

/**
 * The numerical tolerances shared by all tests of the core, each with where its value comes from.
 * A test that needs another tolerance defines it next to its use, with its own reason.
 */
public final class Tolerances {

    /**
     * Step of central differences in float64. The truncation error is {@code O(h^2) ~ 1e-10} and the
     * rounding error {@code O(eps / h) ~ 1e-11} for {@code eps = 2.2e-16}: both far below the
     * relative tolerance, with {@code h = 1e-5} near the optimum {@code cbrt(eps) ~ 6e-6}.
     */
    public static final double FD_EPS = 1e-5;

    /**
     * Relative tolerance when comparing an exact derivative with central differences: the error
     * bound above times {@code 1e5} of head room for larger third derivatives.
     */
    public static final double RELATIVE = 1e-5;

    /**
     * Absolute floor below which differences count as zero: central differences of values of order
     * one cannot resolve less than {@code eps / h ~ 1e-11}, so {@code 1e-6} is safe.
     */
    public static final double ABSOLUTE = 1e-6;

    /**
     * Comparison of two exact float64 computations of the same quantity by different routes (for
     * example a Hessian from autodiff against its closed form): a few hundred ulps at order one.
     */
    public static final double EXACT = 1e-12;

    /**
     * Comparison of a float32 computation against a float64 reference: the float32 unit roundoff
     * {@code 6e-8} grown over a few dozen operations.
     */
    public static final double FLOAT32 = 1e-5;

    private Tolerances() {
    }

    /** Whether {@code actual} is within {@code ABSOLUTE + RELATIVE * max(|expected|, |actual|)} of {@code expected}. */
    public static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= ABSOLUTE + RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
    }
}
