/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named sequence of (x, y) points for a {@link LineChart}, such as a training loss per epoch.
 * The arrays are copied in and out, so a series never changes once made. Non-finite values are
 * allowed and are left out when drawn.
 *
 * @param name the name shown in the legend and used as the CSV column prefix; not blank
 * @param x the x values, as many as {@code y}
 * @param y the y values, as many as {@code x}
 */
public record Series(String name, double[] x, double[] y) {

    /** Checks the name and that both arrays have the same length, then copies the arrays. */
    public Series {
        Objects.requireNonNull(name, "series name");
        Objects.requireNonNull(x, "x values of series '" + name + "'");
        Objects.requireNonNull(y, "y values of series '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("series name is blank; expected a name for the legend");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values and "
                    + y.length + " y values; expected as many of each");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A copy of the x values. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y values. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    /** Equal when the names and all values are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Series that && name.equals(that.name) && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points]";
    }
}
