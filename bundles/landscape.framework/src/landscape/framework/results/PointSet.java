/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.List;

/**
 * Named points to draw on a grid.
 *
 * @param name the set's name
 * @param plotOn the name of the grid they are drawn on, or {@code ""}
 * @param points the points
 */
public record PointSet(String name, String plotOn, List<Point> points) {

    /** Copies the points. */
    public PointSet {
        points = List.copyOf(points);
    }
}
