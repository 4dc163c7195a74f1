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
 * The path an optimizer took over a surface, drawn as a polyline on a {@link HeatmapChart} from
 * its first point (a dot) to its last (a ring). A diverged trajectory is drawn dashed and
 * labelled as diverged; its points after the first non-finite one are not drawn.
 *
 * @param name the legend entry, such as "SGD lr=0.1"
 * @param x the x coordinates of the steps, as many as {@code y}
 * @param y the y coordinates of the steps, as many as {@code x}
 * @param diverged whether the optimizer diverged
 */
public record Trajectory(String name, double[] x, double[] y, boolean diverged) {

    /** Checks the name and that both arrays have the same length, then copies the arrays. */
    public Trajectory {
        Objects.requireNonNull(name, "trajectory name");
        Objects.requireNonNull(x, "x values of trajectory '" + name + "'");
        Objects.requireNonNull(y, "y values of trajectory '" + name + "'");
        if (x.length != y.length) {
            throw new IllegalArgumentException("trajectory '" + name + "' has " + x.length + " x values and "
                    + y.length + " y values; expected as many of each");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A copy of the x coordinates. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y coordinates. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of leading points with finite coordinates: the part that can be drawn. */
    public int finitePrefix() {
        int count = 0;
        while (count < x.length && Double.isFinite(x[count]) && Double.isFinite(y[count])) {
            count++;
        }
        return count;
    }

    /** The name as shown in the legend: with "(diverged)" appended when it diverged. */
    public String legendName() {
        return diverged ? name + " (diverged)" : name;
    }

    /** Equal when names, flags and all coordinates are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Trajectory that && name.equals(that.name) && diverged == that.diverged
                && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, diverged, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Trajectory[" + legendName() + ", " + x.length + " points]";
    }
}
