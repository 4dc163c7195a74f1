/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import java.util.Arrays;

/**
 * A partition of the indices {@code 0 .. n - 1} into training, validation and test sets, each in
 * ascending order.
 */
public record Split(int[] train, int[] validation, int[] test) {

    /**
     * A random split: {@code floor(n * trainFraction)} training and
     * {@code floor(n * validationFraction)} validation indices; the rest are test indices.
     */
    public static Split of(int n, double trainFraction, double validationFraction, RandomStream random) {
        if (n < 1 || trainFraction < 0 || validationFraction < 0 || trainFraction + validationFraction > 1) {
            throw new IllegalArgumentException("n = " + n + ", trainFraction = " + trainFraction
                    + ", validationFraction = " + validationFraction
                    + "; expected n >= 1 and non-negative fractions that sum to at most 1");
        }

        int[] order = random.permutation(n);
        int trainSize = (int) Math.floor(n * trainFraction);
        int validationSize = (int) Math.floor(n * validationFraction);
        return new Split(sorted(order, 0, trainSize), sorted(order, trainSize, trainSize + validationSize),
                sorted(order, trainSize + validationSize, n));
    }

    static int[] sorted(int[] order, int from, int to) {
        int[] part = Arrays.copyOfRange(order, from, to);
        Arrays.sort(part);
        return part;
    }
}
