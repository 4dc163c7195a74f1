/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Objects;

/**
 * One point drawn on a {@link HeatmapChart}, such as a critical point of the surface.
 *
 * @param x the x coordinate; finite
 * @param y the y coordinate; finite
 * @param category the kind of point, which sets its shape, colour and legend entry
 * @param label text drawn beside the point; may be empty, not null
 */
public record PointMarker(double x, double y, MarkerCategory category, String label) {

    /** Checks that the position is finite and the parts present. */
    public PointMarker {
        Objects.requireNonNull(category, "point marker category");
        Objects.requireNonNull(label, "point marker label");
        if (!(Double.isFinite(x) && Double.isFinite(y))) {
            throw new IllegalArgumentException("point marker '" + label + "' is at (" + x + ", " + y
                    + "); expected finite coordinates");
        }
    }
}
