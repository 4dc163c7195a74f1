/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.Arrays;

import landscape.charts.AxisScale;
import landscape.charts.ColorScale;

/**
 * Levels for contour lines when the caller gives none: round values inside the colour scale on a
 * linear scale, geometrically spaced ones on a log scale, so that the lines fall where the
 * colours change evenly.
 */
public final class ContourLevels {

    private ContourLevels() {
    }

    /** About {@code count} levels strictly inside the colour scale's range. */
    public static double[] automatic(ColorScale scale, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("contour level count is " + count + "; expected at least 1");
        }
        if (scale.scale() == AxisScale.LOG) {
            double[] levels = new double[count];
            for (int i = 0; i < count; i++) {
                levels[i] = scale.valueAt((i + 1.0) / (count + 1));
            }
            return levels;
        }

        // Round values; the ends are left out because a line at the extreme value is a point.
        return Arrays.stream(NiceTicks.linear(scale.min(), scale.max(), count + 1))
                .filter(level -> level > scale.min() && level < scale.max()).toArray();
    }
}
