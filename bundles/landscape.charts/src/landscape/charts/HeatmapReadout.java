/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Locale;

/**
 * What a {@link HeatmapChart} shows under the mouse: the grid node of the cell there and its value.
 *
 * @param x the x coordinate of the cell's node
 * @param y the y coordinate of the cell's node
 * @param value the cell's value; NaN where there is no data
 * @param row the cell's row in the grid
 * @param column the cell's column in the grid
 */
public record HeatmapReadout(double x, double y, double value, int row, int column) {

    /** The read-out as shown in the tooltip, for example {@code "x = 0.5, y = -1, loss = 3.25"}. */
    public String text(String valueName) {
        String name = valueName.isEmpty() ? "value" : valueName;
        String shown = Double.isNaN(value) ? "no data" : format(value);
        return "x = " + format(x) + ", y = " + format(y) + ", " + name + " = " + shown;
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.4g", number);
    }
}
