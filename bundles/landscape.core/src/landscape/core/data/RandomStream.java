/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded source of random numbers. One seed gives a bit-identical sequence on the same machine,
 * and {@link #derive(String)} gives independent, reproducible sub-streams by name, so that adding
 * a draw in one part of an experiment (say initialisation) does not shift another (say the split).
 * <p>
 * Backed by the WELL19937c generator of commons-math3; seeds of sub-streams are mixed with the
 * SplitMix64 finaliser so that similar names give unrelated streams. Not thread-safe.
 */
public final class RandomStream {

    private final long seed;
    private final RandomGenerator generator;

    private RandomStream(long seed) {
        this.seed = seed;
        this.generator = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed });
    }

    /** A stream determined by {@code seed}. */
    public static RandomStream seeded(long seed) {
        return new RandomStream(seed);
    }

    /** The seed this stream was created with. */
    public long seed() {
        return seed;
    }

    /** A sub-stream determined by this stream's seed and {@code name} alone, not by draws made so far. */
    public RandomStream derive(String name) {
        long h = seed;
        for (int i = 0; i < name.length(); i++) {
            h = mix(h ^ name.charAt(i));
        }
        return new RandomStream(mix(h + name.length()));
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on {@code [0, 1)}. */
    public double nextDouble() {
        return generator.nextDouble();
    }

    /** Uniform on {@code [low, high)}. */
    public double uniform(double low, double high) {
        return low + (high - low) * generator.nextDouble();
    }

    /** Standard normal. */
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    /** Uniform on {@code 0 .. bound - 1}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound = " + bound + "; expected a positive bound");
        }
        return generator.nextInt(bound);
    }

    /** A uniformly random permutation of {@code 0 .. n - 1} (Fisher-Yates). */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = generator.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
