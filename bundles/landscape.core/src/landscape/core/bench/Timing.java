/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.bench;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Median wall-clock time of a workload after warm-up. Each sample times a batch of calls, so that
 * workloads of a few microseconds are not dominated by the clock's resolution.
 */
final class Timing {

    // Results are folded in here so that the JIT cannot drop the measured work as dead code.
    private static volatile double sink;

    private Timing() {
    }

    /**
     * @param work the workload; its result is consumed
     * @param warmup calls before measuring, for the JIT and Nd4j's first-use costs
     * @param samples timed batches; the median is reported
     * @param batch calls per timed batch
     * @return the median time of one call in nanoseconds
     */
    static double medianNanos(DoubleSupplier work, int warmup, int samples, int batch) {
        double consumed = 0.0;
        for (int i = 0; i < warmup; i++) {
            consumed += work.getAsDouble();
        }

        double[] times = new double[samples];
        for (int s = 0; s < samples; s++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                consumed += work.getAsDouble();
            }
            times[s] = (double) (System.nanoTime() - start) / batch;
        }
        sink = consumed;

        Arrays.sort(times);
        return times[samples / 2];
    }

    /**
     * Medians of two workloads timed in alternation, one call each per round, so that a slow
     * period of a shared machine falls on both alike.
     *
     * @return the median times of one call of {@code first} and of {@code second}, in nanoseconds,
     *         and the median over rounds of the ratio first / second
     */
    static double[] interleavedMedianNanos(DoubleSupplier first, DoubleSupplier second, int warmup, int samples) {
        double consumed = 0.0;
        for (int i = 0; i < warmup; i++) {
            consumed += first.getAsDouble() + second.getAsDouble();
        }

        double[] a = new double[samples];
        double[] b = new double[samples];
        double[] ratios = new double[samples];
        for (int s = 0; s < samples; s++) {
            long start = System.nanoTime();
            consumed += first.getAsDouble();
            long middle = System.nanoTime();
            consumed += second.getAsDouble();
            b[s] = System.nanoTime() - middle;
            a[s] = middle - start;
            ratios[s] = a[s] / b[s];
        }
        sink = consumed;

        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(ratios);
        return new double[] { a[samples / 2], b[samples / 2], ratios[samples / 2] };
    }

    /** The consumed results, read only to keep them alive. */
    static double sink() {
        return sink;
    }
}
