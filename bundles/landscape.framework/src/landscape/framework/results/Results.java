/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a run produces: metric series, grids, point sets, tables and a summary. An
 * experiment fills it while it runs; views listen to it, and the run folder stores it. Adding is
 * thread-safe.
 */
public final class Results {

    private final Map<String, Series> series = new LinkedHashMap<>();
    private final Map<String, Grid> grids = new LinkedHashMap<>();
    private final Map<String, PointSet> pointSets = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final List<ResultsListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @return the series with this name, created with these columns (x first) when new
     * @throws IllegalArgumentException when it exists with other columns
     */
    public Series series(String name, String... columns) {
        Series created;
        synchronized (this) {
            Series existing = series.get(name);
            if (existing != null) {
                if (!existing.columns().equals(List.of(columns))) {
                    throw new IllegalArgumentException("series '" + name + "' exists with columns "
                            + existing.columns() + ", not " + Arrays.toString(columns));
                }
                return existing;
            }
            created = new Series(checkName(name), List.of(columns), this);
            series.put(name, created);
        }
        fireStructureChanged();
        return created;
    }

    /** Adds a grid, replacing one of the same name. */
    public void add(Grid grid) {
        synchronized (this) {
            grids.put(checkName(grid.name()), grid);
        }
        fireStructureChanged();
    }

    /** Adds a point set, replacing one of the same name. */
    public void add(PointSet points) {
        synchronized (this) {
            pointSets.put(checkName(points.name()), points);
        }
        fireStructureChanged();
    }

    /** Adds a table, replacing one of the same name. */
    public void add(Table table) {
        synchronized (this) {
            tables.put(checkName(table.name()), table);
        }
        fireStructureChanged();
    }

    /**
     * Sets a summary entry. Values are numbers, texts, booleans, lists and maps of these, or
     * double arrays; they are written to summary.json in the order first set.
     */
    public void summary(String key, Object value) {
        synchronized (this) {
            summary.put(Objects.requireNonNull(key, "key"), SummaryValues.check(key, value));
        }
        fireStructureChanged();
    }

    public synchronized List<Series> series() {
        return new ArrayList<>(series.values());
    }

    /** @return the series named {@code name}, or empty */
    public synchronized Optional<Series> findSeries(String name) {
        return Optional.ofNullable(series.get(name));
    }

    public synchronized List<Grid> grids() {
        return new ArrayList<>(grids.values());
    }

    public synchronized List<PointSet> pointSets() {
        return new ArrayList<>(pointSets.values());
    }

    public synchronized List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    /** @return a copy of the summary, in insertion order */
    public synchronized Map<String, Object> summary() {
        return new LinkedHashMap<>(summary);
    }

    public void addListener(ResultsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ResultsListener listener) {
        listeners.remove(listener);
    }

    void fireSeriesAppended(Series changed) {
        listeners.forEach(listener -> listener.seriesAppended(changed));
    }

    private void fireStructureChanged() {
        listeners.forEach(listener -> listener.structureChanged(this));
    }

    private static String checkName(String name) {
        // Names become file names in the run folder.
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("result name '" + name
                    + "' is not valid; expected letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
