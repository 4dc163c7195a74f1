/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import landscape.charts.Grid;
import landscape.charts.Series;

/**
 * Series and grids as CSV in long format, one point per line after a header row, so that
 * spreadsheets, pandas and R read them without reshaping:
 * <ul>
 * <li>series: {@code series,x,y}, the series in order, each point in order;</li>
 * <li>grids: {@code x,y,value}, row by row (y increasing), x increasing within a row.</li>
 * </ul>
 * Numbers are written with {@link Double#toString}, which reads back exactly; NaN is written as
 * {@code NaN}. Series names are quoted when they hold a comma, a quote or a line break.
 */
public final class CsvTables {

    public static final String SERIES_HEADER = "series,x,y";

    public static final String GRID_HEADER = "x,y,value";

    private CsvTables() {
    }

    public static void writeSeries(List<Series> series, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SERIES_HEADER + "\n");
            for (Series one : series) {
                String name = quote(one.name());
                double[] x = one.x();
                double[] y = one.y();
                for (int i = 0; i < x.length; i++) {
                    out.write(name + "," + x[i] + "," + y[i] + "\n");
                }
            }
        }
    }

    public static void writeGrid(Grid grid, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(GRID_HEADER + "\n");
            for (int row = 0; row < grid.rows(); row++) {
                for (int column = 0; column < grid.columns(); column++) {
                    out.write(grid.xAt(column) + "," + grid.yAt(row) + "," + grid.value(row, column) + "\n");
                }
            }
        }
    }

    /** Reads what {@link #writeSeries} wrote; series keep the order of their first line. */
    public static List<Series> readSeries(Path file) throws IOException {
        List<String> lines = lines(file, SERIES_HEADER);
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lastComma = line.lastIndexOf(',');
            int middleComma = line.lastIndexOf(',', lastComma - 1);
            if (middleComma <= 0) {
                throw new IOException(file + " line " + (i + 1) + " is '" + line + "'; expected name,x,y");
            }
            String name = unquote(line.substring(0, middleComma));
            double x = number(file, i, line.substring(middleComma + 1, lastComma));
            double y = number(file, i, line.substring(lastComma + 1));
            points.computeIfAbsent(name, key -> new ArrayList<>()).add(new double[] { x, y });
        }

        List<Series> series = new ArrayList<>();
        points.forEach((name, list) -> series.add(new Series(name, list.stream().mapToDouble(p -> p[0]).toArray(),
                list.stream().mapToDouble(p -> p[1]).toArray())));
        return series;
    }

    /** Reads what {@link #writeGrid} wrote: every (x, y) pair of the axes exactly once. */
    public static Grid readGrid(Path file) throws IOException {
        List<String> lines = lines(file, GRID_HEADER);
        List<double[]> cells = new ArrayList<>();
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields.length != 3) {
                throw new IOException(file + " line " + (i + 1) + " is '" + lines.get(i) + "'; expected x,y,value");
            }
            double[] cell = { number(file, i, fields[0]), number(file, i, fields[1]), number(file, i, fields[2]) };
            cells.add(cell);
            xs.add(cell[0]);
            ys.add(cell[1]);
        }
        if (cells.size() != xs.size() * ys.size()) {
            throw new IOException(file + " has " + cells.size() + " cells for " + xs.size() + " x and " + ys.size()
                    + " y values; expected one cell per (x, y) pair");
        }

        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] values = new double[y.length][x.length];
        for (double[] cell : cells) {
            values[Arrays.binarySearch(y, cell[1])][Arrays.binarySearch(x, cell[0])] = cell[2];
        }
        return new Grid(x, y, values);
    }

    private static List<String> lines(Path file, String header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            String first = lines.isEmpty() ? "nothing" : "'" + lines.get(0) + "'";
            throw new IOException(file + " starts with " + first + "; expected the header '" + header + "'");
        }
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    private static double number(Path file, int index, String text) throws IOException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + (index + 1) + " has '" + text + "'; expected a number", e);
        }
    }

    private static String quote(String name) {
        boolean plain = name.indexOf(',') < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0;
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String unquote(String field) {
        boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
        return quoted ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
    }
}
