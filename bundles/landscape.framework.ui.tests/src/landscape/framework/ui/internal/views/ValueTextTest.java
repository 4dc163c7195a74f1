/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the views write result values: short numbers a person can read, text as it is. */
class ValueTextTest {

    @Test
    void numbersShowSixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.00123017", ValueText.of(0.0012301715151));
        assertEquals("3.19027", ValueText.of(3.190266805619));
        assertEquals("50", ValueText.of(50.0));
        assertEquals("-0.5", ValueText.of(-0.5));
        assertEquals("1234570", ValueText.of(1234567.0));
        assertEquals("0", ValueText.of(0.0));
        assertEquals("0", ValueText.of(-0.0));
    }

    @Test
    void veryLargeAndVerySmallNumbersShowAnExponent() {
        assertEquals("3.19027e-35", ValueText.of(3.1902668e-35));
        assertEquals("1.5e12", ValueText.of(1.5e12));
        assertEquals("-2e-5", ValueText.of(-2e-5));
    }

    @Test
    void nonFiniteNumbersAndTextAreShownAsTheyAre() {
        assertEquals("NaN", ValueText.of(Double.NaN));
        assertEquals("Infinity", ValueText.of(Double.POSITIVE_INFINITY));
        assertEquals("saddle", ValueText.of("saddle"));
        assertEquals("7", ValueText.of(7L));
    }
}
