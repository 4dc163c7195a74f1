/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

/**
 * Reductions along one axis of a row-major plain array, viewed as {@code [outer, length, inner]}
 * where {@code length} is the size of the reduced axis.
 */
public final class AxisReduction {

    private AxisReduction() {
    }

    /** Sum along the axis. */
    public static double[] sum(double[] x, int outer, int length, int inner) {
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < length; k++) {
                int base = (o * length + k) * inner;
                for (int i = 0; i < inner; i++) {
                    out[o * inner + i] += x[base + i];
                }
            }
        }
        return out;
    }

    /** Maximum along the axis. */
    public static double[] max(double[] x, int outer, int length, int inner) {
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < length; k++) {
                    best = Math.max(best, x[(o * length + k) * inner + i]);
                }
                out[o * inner + i] = best;
            }
        }
        return out;
    }

    /** {@code log(sum(exp(x)))} along the axis, shifted by the maximum so that it cannot overflow. */
    public static double[] logSumExp(double[] x, int outer, int length, int inner) {
        double[] max = max(x, outer, length, inner);
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double m = max[o * inner + i];
                double sum = 0.0;
                for (int k = 0; k < length; k++) {
                    sum += Math.exp(x[(o * length + k) * inner + i] - m);
                }
                out[o * inner + i] = m + Math.log(sum);
            }
        }
        return out;
    }
}
