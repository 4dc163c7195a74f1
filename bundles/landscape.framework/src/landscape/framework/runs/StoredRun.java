/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import landscape.framework.internal.Csv;
import landscape.framework.results.Grid;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;

/**
 * A run read back from its folder (see {@link RunFolder}): how it went and everything it
 * produced, so that the Runs view can reopen and compare old runs.
 *
 * @param folder the run's folder
 * @param kind the experiment kind
 * @param outcome how it ended
 * @param results its series, grids, point sets, tables and summary
 */
public record StoredRun(Path folder, String kind, RunOutcome outcome, Results results) {

    /**
     * @throws IOException when the folder has no readable summary.json or a file it names is
     *     missing or malformed; the message names the file
     */
    public static StoredRun read(Path folder) throws IOException {
        try {
            return readFolder(folder);
        } catch (RuntimeException e) {
            // Hand-edited or truncated CSV files end up here: name the folder and what broke.
            throw new IOException(folder + " is not a readable run folder: " + e, e);
        }
    }

    /**
     * Reads only how a run went, from its summary.json, without its series: for listing runs.
     *
     * @throws IOException when the summary is missing or not a run's summary; the message names it
     */
    public static RunOutcome readOutcome(Path folder) throws IOException {
        Path summaryFile = folder.resolve(RunFolder.SUMMARY);
        try {
            return outcomeOf(runEntry(RunFolder.JSON.readTree(summaryFile.toFile()), summaryFile), summaryFile);
        } catch (RuntimeException e) {
            throw new IOException(summaryFile + " is not a readable run summary: " + e, e);
        }
    }

    private static JsonNode runEntry(JsonNode summary, Path summaryFile) throws IOException {
        JsonNode run = summary.path("run");
        if (!run.isObject()) {
            throw new IOException(summaryFile + " has no \"run\" object; expected a run folder's summary");
        }
        return run;
    }

    private static StoredRun readFolder(Path folder) throws IOException {
        Path summaryFile = folder.resolve(RunFolder.SUMMARY);
        JsonNode summary = RunFolder.JSON.readTree(summaryFile.toFile());
        JsonNode run = runEntry(summary, summaryFile);

        Results results = new Results();
        Map<String, Object> values = RunFolder.JSON.convertValue(summary, new TypeReference<Map<String, Object>>() {
        });
        values.forEach((key, value) -> {
            if (!key.equals("run")) {
                results.summary(key, value);
            }
        });
        readSeries(folder, run.path("series"), results);
        readGrids(folder, run.path("grids"), results);
        readPoints(folder, run.path("points"), results);
        for (JsonNode name : run.path("tables")) {
            results.add(readTable(folder.resolve("table-" + name.asText() + ".csv"), name.asText()));
        }
        return new StoredRun(folder, run.path("kind").asText(), outcomeOf(run, summaryFile), results);
    }

    private static RunOutcome outcomeOf(JsonNode run, Path summaryFile) throws IOException {
        try {
            RunStatus status = RunStatus.valueOf(run.path("status").asText().toUpperCase(Locale.ROOT));
            Instant started = Instant.parse(run.path("started").asText());
            return new RunOutcome(status, run.path("message").asText(), started, run.path("seconds").asDouble(),
                    Optional.empty());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IOException(summaryFile + ": the run's status or start time is not valid: " + e.getMessage(), e);
        }
    }

    private static void readSeries(Path folder, JsonNode index, Results results) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<List<String>> rows = rows(folder.resolve("series-" + entry.getKey() + ".csv"));
            Series series = results.series(entry.getKey(), rows.get(0).toArray(String[]::new));
            entry.getValue().path("attributes").fields()
                    .forEachRemaining(a -> series.attribute(a.getKey(), a.getValue().asText()));
            for (List<String> row : rows.subList(1, rows.size())) {
                series.append(row.stream().mapToDouble(Double::parseDouble).toArray());
            }
        }
    }

    private static void readGrids(Path folder, JsonNode index, Results results) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<List<String>> rows = rows(folder.resolve("grid-" + entry.getKey() + ".csv"));
            List<String> header = rows.get(0);
            double[] xs = header.subList(1, header.size()).stream().mapToDouble(Double::parseDouble).toArray();
            double[] ys = new double[rows.size() - 1];
            double[][] values = new double[ys.length][];
            for (int j = 0; j < ys.length; j++) {
                List<String> row = rows.get(j + 1);
                ys[j] = Double.parseDouble(row.get(0));
                values[j] = row.subList(1, row.size()).stream().mapToDouble(Double::parseDouble).toArray();
            }
            JsonNode names = entry.getValue();
            // Runs stored before "sameUnits" existed read as grids with separate units.
            results.add(new Grid(entry.getKey(), names.path("x").asText(), names.path("y").asText(),
                    names.path("value").asText(), xs, ys, values, names.path("sameUnits").asBoolean(false)));
        }
    }

    private static void readPoints(Path folder, JsonNode index, Results results) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<List<String>> rows = rows(folder.resolve("points-" + entry.getKey() + ".csv"));
            List<String> header = rows.get(0);
            List<Point> points = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, Double> extra = new LinkedHashMap<>();
                for (int c = 4; c < header.size(); c++) {
                    extra.put(header.get(c), Double.parseDouble(row.get(c)));
                }
                points.add(new Point(Double.parseDouble(row.get(0)), Double.parseDouble(row.get(1)), row.get(2),
                        row.get(3), extra));
            }
            results.add(new PointSet(entry.getKey(), entry.getValue().path("plotOn").asText(), points));
        }
    }

    private static Table readTable(Path file, String name) throws IOException {
        List<List<String>> rows = rows(file);
        List<List<Object>> cells = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            cells.add(row.stream().map(StoredRun::cell).toList());
        }
        return new Table(name, rows.get(0), cells);
    }

    private static Object cell(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty; expected a header row");
        }
        return lines.stream().filter(line -> !line.isEmpty()).map(Csv::parse).toList();
    }
}
