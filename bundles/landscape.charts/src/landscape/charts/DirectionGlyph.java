/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

/**
 * A short segment drawn through a point along a direction on a {@link HeatmapChart}, such as a
 * Hessian eigenvector at a critical point. Its length on screen is fixed; only the direction of
 * (dx, dy) counts. With {@code arrow} set it is drawn from the point with an arrow head, otherwise
 * centred on the point (an eigenvector has no sign).
 *
 * @param x the x coordinate of the point; finite
 * @param y the y coordinate of the point; finite
 * @param dx the x component of the direction, in data units
 * @param dy the y component of the direction, in data units; (dx, dy) not both zero
 * @param arrow whether to draw an arrow from the point rather than a segment through it
 */
public record DirectionGlyph(double x, double y, double dx, double dy, boolean arrow) {

    /** Checks that the point is finite and the direction finite and not zero. */
    public DirectionGlyph {
        if (!(Double.isFinite(x) && Double.isFinite(y))) {
            throw new IllegalArgumentException("direction glyph is at (" + x + ", " + y
                    + "); expected finite coordinates");
        }
        if (!(Double.isFinite(dx) && Double.isFinite(dy)) || dx == 0 && dy == 0) {
            throw new IllegalArgumentException("direction glyph at (" + x + ", " + y + ") has direction (" + dx
                    + ", " + dy + "); expected a finite, non-zero direction");
        }
    }
}
