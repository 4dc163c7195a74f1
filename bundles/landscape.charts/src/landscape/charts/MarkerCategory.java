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

import org.eclipse.swt.graphics.RGB;

/**
 * A kind of point shown on a {@link HeatmapChart}, with the shape and fill colour used for all
 * points of that kind and the name shown in the legend. The constants are the kinds of critical
 * point of a loss surface; experiments may define their own.
 *
 * @param name the legend entry
 * @param shape the outline
 * @param fill the fill colour; the outline is always black so markers stand out on any colour
 */
public record MarkerCategory(String name, MarkerShape shape, RGB fill) {

    /** A local minimum: all Hessian eigenvalues positive. */
    public static final MarkerCategory MINIMUM = new MarkerCategory("minimum", MarkerShape.CIRCLE,
            new RGB(255, 255, 255));

    /** A local maximum: all Hessian eigenvalues negative. */
    public static final MarkerCategory MAXIMUM = new MarkerCategory("maximum", MarkerShape.TRIANGLE_UP,
            new RGB(228, 26, 28));

    /** A saddle point: Hessian eigenvalues of both signs. */
    public static final MarkerCategory SADDLE = new MarkerCategory("saddle", MarkerShape.DIAMOND,
            new RGB(255, 127, 0));

    /** A degenerate critical point: some Hessian eigenvalue is zero (within tolerance). */
    public static final MarkerCategory DEGENERATE = new MarkerCategory("degenerate", MarkerShape.SQUARE,
            new RGB(231, 41, 138));

    /** Checks that all parts are present and the name not blank. */
    public MarkerCategory {
        Objects.requireNonNull(name, "marker category name");
        Objects.requireNonNull(shape, "shape of marker category '" + name + "'");
        Objects.requireNonNull(fill, "fill of marker category '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("marker category name is blank; expected a legend entry");
        }
    }
}
