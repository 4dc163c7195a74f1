/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation: the indices {@code 0 .. n - 1} cut into {@code k} validation folds of
 * sizes differing by at most one; fold {@code i} trains on all the other indices.
 */
public final class KFold {

    /** One round: the indices to train on and the held-out ones, both ascending. */
    public record Fold(int[] train, int[] validation) {
    }

    private KFold() {
    }

    /** Folds of consecutive indices, for data whose order carries no structure. */
    public static List<Fold> ordered(int n, int k) {
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        return folds(identity, k);
    }

    /** Folds of a random permutation drawn from {@code random}. */
    public static List<Fold> shuffled(int n, int k, RandomStream random) {
        return folds(random.permutation(n), k);
    }

    private static List<Fold> folds(int[] order, int k) {
        int n = order.length;
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k = " + k + " for n = " + n + "; expected 2 <= k <= n");
        }

        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int from = (int) ((long) f * n / k);
            int to = (int) ((long) (f + 1) * n / k);
            int[] rest = new int[n - (to - from)];
            System.arraycopy(order, 0, rest, 0, from);
            System.arraycopy(order, to, rest, from, n - to);
            folds.add(new Fold(Split.sorted(rest, 0, rest.length), Split.sorted(order, from, to)));
        }
        return folds;
    }
}
