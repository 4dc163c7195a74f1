/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The tick values and labels people read off the axes and colour bars. */
class NiceTicksTest {

    /** Ticks are whole multiples of the step, so they are exact to a few ulps. */
    private static final double EXACT = 1e-12;

    @Test
    void linearTicksAreRoundMultiplesInsideTheRange() {
        assertArrayEquals(new double[] { -2, -1, 0, 1, 2 }, NiceTicks.linear(-2.05, 2.05, 6), EXACT, "[-2.05, 2.05]");
        assertArrayEquals(new double[] { 0.1, 0.2, 0.3 }, NiceTicks.linear(0.1, 0.3, 2), EXACT, "[0.1, 0.3]");
        assertEquals("0.3", NiceTicks.format(NiceTicks.linear(0.1, 0.3, 2)[2]), "label of 0.1 + 2 steps of 0.1");
    }

    @Test
    void logTicksArePowersOfTenAndThinOverManyDecades() {
        assertArrayEquals(new double[] { 0.01, 0.1, 1, 10, 100 }, NiceTicks.log(0.005, 300), EXACT, "[0.005, 300]");
        assertArrayEquals(new double[] { 1, 2, 5, 10 }, NiceTicks.log(1, 10), EXACT, "one decade also gets 2 and 5");
        double[] wide = NiceTicks.log(1e-30, 1e30);
        assertTrue(wide.length <= 11, "sixty decades get at most eleven ticks, not " + wide.length);
    }

    @Test
    void rangeTooNarrowForItsMagnitudeGivesItsEndsWithoutHanging() {
        double[] ticks = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> NiceTicks.linear(1e16, 1e16 + 4, 6), "ticks of [1e16, 1e16 + 4]");

        assertTrue(ticks.length >= 1 && ticks.length <= 7, "a handful of ticks, not " + ticks.length);
    }

    @Test
    void labelsAreShortAndSwitchToScientificNotationForExtremes() {
        assertEquals("0", NiceTicks.format(0), "zero");
        assertEquals("2.5", NiceTicks.format(2.5), "plain decimal");
        assertEquals("1e-5", NiceTicks.format(1e-5), "tiny value");
        assertEquals("2.51e6", NiceTicks.format(2.51e6), "large value");
    }
}
