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
 * Levels for contour lines when the caller gives none, so that the lines fall where the colours
 * change evenly and their labels are round: 1-2-5 multiples on a linear scale, powers of ten on a
 * log scale (geometric steps when the range spans too few decades for that).
 */
public final class ContourLevels {

    /** Fewer round levels than this leave the surface bare; geometric steps are used instead. */
    private static final int MIN_ROUND_LEVELS = 3;

    private ContourLevels() {
    }

    /**
     * Levels strictly inside the colour scale's range: about {@code count} on a linear scale; on a
     * log scale one per power of ten (at most about ten), or {@code count} geometric steps when
     * fewer than three powers of ten fall inside.
     */
    public static double[] automatic(ColorScale scale, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("contour level count is " + count + "; expected at least 1");
        }
        if (scale.scale() == AxisScale.LOG) {
            double[] decades = Arrays.stream(NiceTicks.log(scale.min(), scale.max()))
                    .filter(level -> level > scale.min() && level < scale.max()).toArray();
            if (decades.length >= MIN_ROUND_LEVELS) {
                return decades;
            }
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
