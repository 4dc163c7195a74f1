/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the views write a result value for a person to read: short numbers, everything else as it
 * is. Files and CSV exports keep every digit.
 */
final class ValueText {

    /** Digits a number shows. */
    private static final MathContext SIGNIFICANT = new MathContext(6);

    /** Numbers from this magnitude up to {@link #PLAIN_BELOW} are shown without an exponent. */
    private static final double PLAIN_FROM = 1e-4;
    private static final double PLAIN_BELOW = 1e7;

    private ValueText() {
    }

    /**
     * @return numbers to six significant digits without trailing zeros (plain between 1e-4 and
     *     1e7, else with an exponent), everything else as {@link String#valueOf(Object)} has it
     */
    static String of(Object value) {
        if (!(value instanceof Double number) || !Double.isFinite(number)) {
            return String.valueOf(value);
        }
        if (number == 0) {
            return "0";
        }
        double magnitude = Math.abs(number);
        if (magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW) {
            return new BigDecimal(number).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        }
        String[] scientific = String.format(Locale.ROOT, "%." + (SIGNIFICANT.getPrecision() - 1) + "e", number)
                .split("e");
        String mantissa = scientific[0].replaceFirst("\\.?0+$", "");
        return mantissa + "e" + Integer.parseInt(scientific[1]);
    }
}
