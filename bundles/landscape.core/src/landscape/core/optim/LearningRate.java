/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.optim;

/** A learning rate as a function of the step number, counted from 1. */
@FunctionalInterface
public interface LearningRate {

    /** The rate for step {@code step >= 1}. */
    double at(int step);

    /** The same rate at every step. */
    static LearningRate constant(double rate) {
        checkPositive("rate", rate);
        return step -> rate;
    }

    /**
     * Linear warm-up: {@code rate * min(1, step / warmupSteps)}, so step 1 uses
     * {@code rate / warmupSteps} and every step from {@code warmupSteps} on uses {@code rate}.
     */
    static LearningRate linearWarmup(double rate, int warmupSteps) {
        checkPositive("rate", rate);
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("warmupSteps = " + warmupSteps + "; expected at least 1");
        }
        return step -> rate * Math.min(1.0, (double) step / warmupSteps);
    }

    private static void checkPositive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + "; expected a positive finite number");
        }
    }
}
