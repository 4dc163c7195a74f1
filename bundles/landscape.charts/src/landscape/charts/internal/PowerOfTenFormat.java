/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Labels the ticks of an axis that shows log10 of its values: tick v reads 10^v, written as 0.01,
 * 1, 100 near one and as 1e-12 further out, so a loss falling over many decades stays readable.
 */
public final class PowerOfTenFormat extends Format {

    private static final long serialVersionUID = 1L;

    /** Exponents from -2 to 3 read better as plain decimals. */
    private static final int PLAIN_BELOW = -2;
    private static final int PLAIN_ABOVE = 3;

    /** Ticks closer than this to a whole exponent are labelled as that power of ten. */
    private static final double WHOLE = 1e-9;

    /** @return log10 of each value (values must be positive) */
    public static double[] log10(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log10(values[i]);
        }
        return logs;
    }

    /** @return the label of tick {@code exponent} */
    public static String label(double exponent) {
        long whole = Math.round(exponent);
        if (Math.abs(exponent - whole) < WHOLE) {
            if (whole >= PLAIN_BELOW && whole <= PLAIN_ABOVE) {
                return NiceTicks.format(Math.pow(10, whole));
            }
            return "1e" + whole;
        }
        return String.format(Locale.ROOT, "%.2g", Math.pow(10, exponent));
    }

    @Override
    public StringBuffer format(Object value, StringBuffer target, FieldPosition position) {
        return target.append(label(((Number) value).doubleValue()));
    }

    /** Reads a label back as its exponent; SWTChart does so to hide ticks whose labels repeat. */
    @Override
    public Object parseObject(String source, ParsePosition position) {
        String text = source.substring(position.getIndex()).trim();
        try {
            double value = Double.parseDouble(text);
            position.setIndex(source.length());
            return Math.log10(value);
        } catch (NumberFormatException e) {
            // java.text.Format's contract for text that does not parse: an error index and null.
            position.setErrorIndex(position.getIndex());
            return null;
        }
    }
}
