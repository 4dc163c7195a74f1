/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick values that people read easily: multiples of 1, 2 or 5 times a power of ten on a linear
 * axis, powers of ten (with 2 and 5 between them when the range is short) on a log axis.
 */
public final class NiceTicks {

    /** Steps between ticks are these multiples of a power of ten (the usual 1-2-5 series). */
    private static final double[] MULTIPLES = { 1, 2, 5, 10 };

    /** Below this many decades a log axis also gets ticks at 2 and 5 times each power of ten. */
    private static final double FEW_DECADES = 2;

    /** At most this many powers of ten get a tick on a log axis; longer ranges tick every few decades. */
    private static final int MAX_DECADE_TICKS = 10;

    /** Relative slack at the ends of a range, so that an end that is itself a tick is not lost to rounding. */
    private static final double END_SLACK = 1e-9;

    private NiceTicks() {
    }

    /**
     * About {@code target} ticks within [lo, hi], inclusive, at a 1-2-5 step; just the two ends
     * when the range is too narrow for its magnitude to step through (or empty).
     */
    public static double[] linear(double lo, double hi, int target) {
        double step = step(lo, hi, target);
        double first = Math.ceil(lo / step) * step;
        boolean steppable = Double.isFinite(step) && step > 0 && first + step != first;
        if (!steppable) {
            return lo == hi ? new double[] { lo } : new double[] { lo, hi };
        }

        int count = (int) Math.floor((hi - first) / step + END_SLACK) + 1;
        double[] ticks = new double[Math.max(0, count)];
        for (int i = 0; i < ticks.length; i++) {
            // Whole multiples of the step, so that 0.1 + 0.2 prints as 0.3 and zero is not -1e-17.
            ticks[i] = (Math.round(first / step) + i) * step;
        }
        return ticks;
    }

    /** The 1-2-5 step that gives about {@code target} ticks over [lo, hi]. */
    public static double step(double lo, double hi, int target) {
        double raw = (hi - lo) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double multiple : MULTIPLES) {
            if (multiple * power >= raw) {
                return multiple * power;
            }
        }
        return 10 * power;
    }

    /** Ticks within [lo, hi] for a log axis; lo must be positive. */
    public static double[] log(double lo, double hi) {
        boolean fine = Math.log10(hi / lo) < FEW_DECADES;
        int lowest = (int) Math.floor(Math.log10(lo));
        int highest = (int) Math.ceil(Math.log10(hi));
        int stride = Math.max(1, (highest - lowest + MAX_DECADE_TICKS) / MAX_DECADE_TICKS);
        List<Double> ticks = new ArrayList<>();
        for (int exponent = Math.floorDiv(lowest, stride) * stride; exponent <= highest; exponent += stride) {
            double power = Math.pow(10, exponent);
            for (double multiple : fine ? new double[] { 1, 2, 5 } : new double[] { 1 }) {
                double tick = multiple * power;
                if (tick >= lo * (1 - END_SLACK) && tick <= hi * (1 + END_SLACK)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A short label for a tick: plain digits for moderate magnitudes, else scientific notation. */
    public static String format(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", value).replaceAll("\\.?0+e", "e").replace("e+0", "e")
                    .replace("e-0", "e-").replace("e+", "e");
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
