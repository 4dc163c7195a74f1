/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named metric series that grows while a run goes on: rows of numbers under named columns,
 * the first column being the x (for example the step). Appending is thread-safe; readers take a
 * {@link #snapshot()}. Attributes carry hints for views, for example {@link #PLOT_ON}.
 */
public final class Series {

    /** Attribute: the name of a grid on which the series' columns 1 and 2 are drawn as a path. */
    public static final String PLOT_ON = "plotOn";

    /** Attribute: "true" when the series ended because its values diverged. */
    public static final String DIVERGED = "diverged";

    private static final int INITIAL_CAPACITY = 64;

    private final String name;
    private final List<String> columns;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Results owner;
    private double[][] data;
    private int rows;

    Series(String name, List<String> columns, Results owner) {
        if (columns.size() < 2) {
            throw new IllegalArgumentException("series '" + name + "' has columns " + columns
                    + "; expected an x column and at least one value column");
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.owner = owner;
        this.data = new double[columns.size()][INITIAL_CAPACITY];
    }

    public String name() {
        return name;
    }

    /** @return the column names, x first */
    public List<String> columns() {
        return columns;
    }

    /**
     * Appends one row.
     *
     * @param row one value per column, x first
     */
    public void append(double... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("series '" + name + "' row has " + row.length + " values; expected "
                    + columns.size() + " " + columns);
        }
        synchronized (this) {
            if (rows == data[0].length) {
                for (int c = 0; c < data.length; c++) {
                    data[c] = Arrays.copyOf(data[c], rows * 2);
                }
            }
            for (int c = 0; c < row.length; c++) {
                data[c][rows] = row[c];
            }
            rows++;
        }
        owner.fireSeriesAppended(this);
    }

    /** @return the number of rows so far */
    public synchronized int size() {
        return rows;
    }

    /** @return a copy of the rows so far, by column: {@code snapshot()[column][row]} */
    public synchronized double[][] snapshot() {
        double[][] copy = new double[data.length][];
        for (int c = 0; c < data.length; c++) {
            copy[c] = Arrays.copyOf(data[c], rows);
        }
        return copy;
    }

    /** @return a copy of one column of the rows so far */
    public double[] column(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("series '" + name + "' has no column '" + column + "'; its columns are "
                    + columns);
        }
        return snapshot()[index];
    }

    /** Sets a hint for views; see {@link #PLOT_ON} and {@link #DIVERGED}. */
    public synchronized Series attribute(String key, String value) {
        attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** @return the hints for views */
    public synchronized Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }
}
