/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.Objects;

/**
 * Values on a rectangular grid, for example a loss landscape: {@code values[j][i]} is the value
 * at ({@code xs[i]}, {@code ys[j]}). NaN marks a cell without a value.
 *
 * @param name the grid's name
 * @param xName the name of the x axis
 * @param yName the name of the y axis
 * @param valueName the name of the value
 * @param xs the x coordinates, ascending
 * @param ys the y coordinates, ascending
 * @param values one row per y, one column per x
 * @param sameUnits whether x and y are measured in the same unit (two weights of a model, for
 *     example), so that a chart must draw a unit as long on both axes for angles and the
 *     elongation of contours to read true; see {@link #inSameUnits()}
 */
public record Grid(String name, String xName, String yName, String valueName, double[] xs, double[] ys,
        double[][] values, boolean sameUnits) {

    /** A grid whose axes are not in the same unit: charts stretch each axis to fit. */
    public Grid(String name, String xName, String yName, String valueName, double[] xs, double[] ys,
            double[][] values) {
        this(name, xName, yName, valueName, xs, ys, values, false);
    }

    /** Checks that the dimensions agree. */
    public Grid {
        Objects.requireNonNull(name, "name");
        if (values.length != ys.length) {
            throw new IllegalArgumentException("grid '" + name + "' has " + values.length
                    + " rows; expected one per y (" + ys.length + ")");
        }
        for (double[] row : values) {
            if (row.length != xs.length) {
                throw new IllegalArgumentException("grid '" + name + "' has a row of " + row.length
                        + " values; expected one per x (" + xs.length + ")");
            }
        }
    }

    /** @return this grid with x and y declared to be in the same unit */
    public Grid inSameUnits() {
        return new Grid(name, xName, yName, valueName, xs, ys, values, true);
    }

    /** @return the value at column i (x) and row j (y) */
    public double value(int i, int j) {
        return values[j][i];
    }
}
