/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.Map;

/**
 * A marked point, for example a critical point of a loss surface.
 *
 * @param x the first coordinate
 * @param y the second coordinate
 * @param category what kind of point it is, for example "minimum"; views colour by it
 * @param label a short text shown beside the point, or {@code ""}
 * @param values further numbers about the point, by name, for tables and CSV
 */
public record Point(double x, double y, String category, String label, Map<String, Double> values) {

    /** Copies the values. */
    public Point {
        values = Map.copyOf(values);
    }
}
