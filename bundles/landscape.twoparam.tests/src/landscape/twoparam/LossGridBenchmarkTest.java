/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import landscape.core.data.RandomStream;

/**
 * Times the batched 201 x 201 landscape of the tanh unit over 100 data points. This is a
 * benchmark, not a timed test: it reports the median time (the goal is well under 100 ms) beside
 * that of a plain Java loop, which computes tanh for every grid point and data point, and checks
 * only that the two grids agree, so a busy machine cannot fail it.
 */
class LossGridBenchmarkTest {

    private static final int SIDE = 201;
    private static final int POINTS = 100;
    private static final int WARMUP = 10;
    private static final int SAMPLES = 15;

    /** Same operations as the plain loop, possibly summed in another order: a few ulps of the mean. */
    private static final double AGREEMENT_TOLERANCE = 1e-12;

    @Test
    void tanhUnitGridOf201By201Over100Points(TestReporter reporter) {
        DatasetLoss loss = new DatasetLoss(TwoParameterModel.TANH_UNIT, Dataset.fromTeacher(
                TwoParameterModel.TANH_UNIT, POINTS, 0.1, 1, 1, RandomStream.seeded(1)));
        double[] axis = Box.axis(-3, 3, SIDE);

        double millis = medianMillis(() -> loss.grid(axis, axis));
        double plainMillis = medianMillis(() -> plainLoop(loss.data(), axis));
        double[][] grid = loss.grid(axis, axis);

        String figure = String.format(Locale.ROOT, "tanh unit, %d x %d grid over %d points: median %.2f ms batched,"
                + " %.2f ms as a plain Java loop", SIDE, SIDE, POINTS, millis, plainMillis);
        reporter.publishEntry("lossGrid", figure);
        System.out.println("LossGridBenchmarkTest: " + figure);
        double[][] plain = plainLoop(loss.data(), axis);
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                assertEquals(plain[j][i], grid[j][i], Math.abs(plain[j][i]) * AGREEMENT_TOLERANCE, "cell " + i + ", "
                        + j);
            }
        }
    }

    private static double medianMillis(Runnable work) {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }

        double[] times = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            long start = System.nanoTime();
            work.run();
            times[s] = (System.nanoTime() - start) * 1e-6;
        }
        Arrays.sort(times);
        return times[SAMPLES / 2];
    }

    private static double[][] plainLoop(Dataset data, double[] axis) {
        double[] x = data.inputs();
        double[] t = data.targets();
        double[][] values = new double[axis.length][axis.length];
        for (int j = 0; j < axis.length; j++) {
            for (int i = 0; i < axis.length; i++) {
                double sum = 0;
                for (int k = 0; k < x.length; k++) {
                    double r = axis[j] * Math.tanh(axis[i] * x[k]) - t[k];
                    sum += 0.5 * r * r;
                }
                values[j][i] = sum / x.length;
            }
        }
        return values;
    }
}
