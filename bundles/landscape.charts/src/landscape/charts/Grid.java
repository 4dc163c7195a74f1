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
import java.util.function.DoubleBinaryOperator;

/**
 * Values sampled on a rectangular grid of (x, y) nodes, such as a loss surface over two
 * directions in weight space: {@code values[row][column]} is the value at
 * {@code (x[column], y[row])}. Rows run along y, columns along x, both increasing. A cell may be
 * {@code NaN} where there is no value; it is drawn in the chart's "no data" colour. Arrays are
 * copied in and out, so a grid never changes once made.
 *
 * @param x the x coordinates of the columns, strictly increasing, at least two
 * @param y the y coordinates of the rows, strictly increasing, at least two
 * @param values one row of {@code x.length} values for each of the {@code y.length} rows
 */
public record Grid(double[] x, double[] y, double[][] values) {

    /** Checks that the axes increase and that the values match them in size, then copies all. */
    public Grid {
        checkAxis("x", x);
        checkAxis("y", y);
        Objects.requireNonNull(values, "grid values");
        if (values.length != y.length) {
            throw new IllegalArgumentException("grid has " + values.length + " rows of values but "
                    + y.length + " y coordinates; expected one row per y coordinate");
        }
        double[][] copy = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            Objects.requireNonNull(values[row], "grid values row " + row);
            if (values[row].length != x.length) {
                throw new IllegalArgumentException("grid row " + row + " has " + values[row].length
                        + " values but there are " + x.length + " x coordinates; expected one value per x");
            }
            copy[row] = values[row].clone();
        }
        x = x.clone();
        y = y.clone();
        values = copy;
    }

    /**
     * Samples {@code function(x, y)} on {@code columns} evenly spaced x values from {@code xMin}
     * to {@code xMax} and {@code rows} evenly spaced y values from {@code yMin} to {@code yMax},
     * both ends included.
     */
    public static Grid sample(double xMin, double xMax, int columns, double yMin, double yMax, int rows,
            DoubleBinaryOperator function) {
        double[] xs = evenlySpaced("x", xMin, xMax, columns);
        double[] ys = evenlySpaced("y", yMin, yMax, rows);
        double[][] values = new double[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                values[row][column] = function.applyAsDouble(xs[column], ys[row]);
            }
        }
        return new Grid(xs, ys, values);
    }

    /** {@code count} evenly spaced values from {@code min} to {@code max}, both included. */
    public static double[] evenlySpaced(String axis, double min, double max, int count) {
        if (count < 2) {
            throw new IllegalArgumentException(axis + " count is " + count + "; expected at least 2");
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException(axis + " range is [" + min + ", " + max
                    + "]; expected finite bounds with min < max");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = min + (max - min) * i / (count - 1);
        }
        return values;
    }

    /** A copy of the column coordinates. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** A copy of the row coordinates. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** A copy of the values, {@code [row][column]}. */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            copy[row] = values[row].clone();
        }
        return copy;
    }

    /** The number of columns (x coordinates). */
    public int columns() {
        return x.length;
    }

    /** The number of rows (y coordinates). */
    public int rows() {
        return y.length;
    }

    /** The value at {@code (x[column], y[row])}, without copying. */
    public double value(int row, int column) {
        return values[row][column];
    }

    /** The x coordinate of a column. */
    public double xAt(int column) {
        return x[column];
    }

    /** The y coordinate of a row. */
    public double yAt(int row) {
        return y[row];
    }

    /** The smallest and largest finite values that {@code scale} accepts, or NaN twice if none. */
    public double[] range(AxisScale scale) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double value : row) {
                if (scale.accepts(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        return min <= max ? new double[] { min, max } : new double[] { Double.NaN, Double.NaN };
    }

    /** The number of cells that {@code scale} cannot show: NaN, infinite, or not positive on a log scale. */
    public int countHidden(AxisScale scale) {
        int hidden = 0;
        for (double[] row : values) {
            for (double value : row) {
                hidden += scale.accepts(value) ? 0 : 1;
            }
        }
        return hidden;
    }

    /** Equal when the axes and all values are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Grid that && Arrays.equals(x, that.x) && Arrays.equals(y, that.y)
                && Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), Arrays.deepHashCode(values));
    }

    @Override
    public String toString() {
        return "Grid[" + y.length + " rows x " + x.length + " columns]";
    }

    private static void checkAxis(String name, double[] axis) {
        Objects.requireNonNull(axis, "grid " + name + " coordinates");
        if (axis.length < 2) {
            throw new IllegalArgumentException("grid has " + axis.length + " " + name
                    + " coordinates; expected at least 2");
        }
        for (int i = 0; i < axis.length; i++) {
            boolean increasing = i == 0 || axis[i] > axis[i - 1];
            if (!Double.isFinite(axis[i]) || !increasing) {
                throw new IllegalArgumentException("grid " + name + " coordinate " + i + " is " + axis[i]
                        + "; expected finite values that strictly increase");
            }
        }
    }
}
