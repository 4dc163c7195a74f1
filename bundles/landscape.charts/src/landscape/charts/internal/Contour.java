/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

/**
 * One connected iso-line of a grid at one level, in data coordinates. A closed contour ends where
 * it starts (the last point repeats the first); an open one runs from the grid's border or a
 * no-data cell to another.
 *
 * @param level the value along the line
 * @param x the x coordinates of its points
 * @param y the y coordinates of its points
 * @param closed whether the line is a loop
 */
public record Contour(double level, double[] x, double[] y, boolean closed) {

    /** The number of points. */
    public int size() {
        return x.length;
    }
}
