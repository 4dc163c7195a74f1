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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import landscape.framework.files.AtomicWrite;
import landscape.framework.internal.Csv;
import landscape.framework.results.Grid;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;

/**
 * Writes a finished run into its folder, the same for the workbench and the headless runner:
 * {@code config.experiment} (the exact file that ran), {@code summary.json} (the experiment's
 * summary, with the run's status, timing and result index under {@code "run"}), and one CSV per
 * series ({@code series-<name>.csv}), grid ({@code grid-<name>.csv}: first row the x values,
 * first column the y values), point set ({@code points-<name>.csv}) and table
 * ({@code table-<name>.csv}). Every file is written to a temporary name and then renamed, so a
 * crash never leaves half a file.
 */
public final class RunFolder {

    /** The folder beside an experiment file that holds its runs: runs/<experiment name>/. */
    public static final String RUNS = "runs";

    /** The copy of the experiment file that ran. */
    public static final String CONFIG = "config.experiment";

    /** The summary file. */
    public static final String SUMMARY = "summary.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFolder() {
    }

    /**
     * @return a new, not yet existing folder {@code runs/<name>/<timestamp>} beside the experiment
     *     file, named after the time the run started
     */
    public static Path newFolderFor(Path experimentFile, RunOutcome outcome) {
        String name = experimentFile.getFileName().toString().replaceFirst("\\.experiment$", "");
        Path parent = experimentFile.toAbsolutePath().getParent().resolve(RUNS).resolve(name);
        String stamp = STAMP.format(outcome.started());
        Path folder = parent.resolve(stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(stamp + "-" + n);
        }
        return folder;
    }

    /**
     * Writes a run into {@code folder}, creating it.
     *
     * @param folder the run's folder
     * @param kind the experiment kind
     * @param config the text of the experiment file that ran, with any command-line changes
     * @param results what the run produced
     * @param outcome how it ended
     */
    public static void write(Path folder, String kind, String config, Results results, RunOutcome outcome)
            throws IOException {
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(CONFIG), config);

        for (Series series : results.series()) {
            writeAtomically(folder.resolve("series-" + series.name() + ".csv"), csv(series));
        }
        for (Grid grid : results.grids()) {
            writeAtomically(folder.resolve("grid-" + grid.name() + ".csv"), csv(grid));
        }
        for (PointSet points : results.pointSets()) {
            writeAtomically(folder.resolve("points-" + points.name() + ".csv"), csv(points));
        }
        for (Table table : results.tables()) {
            writeAtomically(folder.resolve("table-" + table.name() + ".csv"), table.csv());
        }

        Map<String, Object> summary = new LinkedHashMap<>(results.summary());
        summary.put("run", runEntry(kind, results, outcome));
        writeAtomically(folder.resolve(SUMMARY), JSON.writeValueAsString(summary) + "\n");
    }

    private static Map<String, Object> runEntry(String kind, Results results, RunOutcome outcome) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("kind", kind);
        run.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        run.put("message", outcome.message());
        run.put("started", outcome.started().toString());
        run.put("seconds", outcome.seconds());

        Map<String, Object> series = new LinkedHashMap<>();
        for (Series s : results.series()) {
            series.put(s.name(), Map.of("columns", s.columns(), "attributes", s.attributes()));
        }
        run.put("series", series);
        Map<String, Object> grids = new LinkedHashMap<>();
        for (Grid g : results.grids()) {
            Map<String, Object> names = new LinkedHashMap<>();
            names.put("x", g.xName());
            names.put("y", g.yName());
            names.put("value", g.valueName());
            names.put("sameUnits", g.sameUnits());
            grids.put(g.name(), names);
        }
        run.put("grids", grids);
        Map<String, Object> points = new LinkedHashMap<>();
        results.pointSets().forEach(p -> points.put(p.name(), Map.of("plotOn", p.plotOn())));
        run.put("points", points);
        run.put("tables", results.tables().stream().map(Table::name).toList());
        return run;
    }

    static String csv(Series series) {
        StringBuilder text = new StringBuilder(Csv.row(series.columns())).append('\n');
        double[][] columns = series.snapshot();
        for (int row = 0; row < columns[0].length; row++) {
            List<Object> cells = new ArrayList<>();
            for (double[] column : columns) {
                cells.add(column[row]);
            }
            text.append(Csv.row(cells)).append('\n');
        }
        return text.toString();
    }

    static String csv(Grid grid) {
        StringBuilder text = new StringBuilder();
        List<Object> header = new ArrayList<>();
        header.add(grid.yName() + "\\" + grid.xName());
        for (double x : grid.xs()) {
            header.add(x);
        }
        text.append(Csv.row(header)).append('\n');
        for (int j = 0; j < grid.ys().length; j++) {
            List<Object> cells = new ArrayList<>();
            cells.add(grid.ys()[j]);
            for (double v : grid.values()[j]) {
                cells.add(v);
            }
            text.append(Csv.row(cells)).append('\n');
        }
        return text.toString();
    }

    static String csv(PointSet points) {
        List<String> valueNames = points.points().stream().flatMap(p -> p.values().keySet().stream())
                .distinct().sorted().toList();
        List<Object> header = new ArrayList<>(List.of("x", "y", "category", "label"));
        header.addAll(valueNames);
        StringBuilder text = new StringBuilder(Csv.row(header)).append('\n');
        for (Point p : points.points()) {
            List<Object> cells = new ArrayList<>(List.of(p.x(), p.y(), p.category(), p.label()));
            valueNames.forEach(name -> cells.add(p.values().getOrDefault(name, Double.NaN)));
            text.append(Csv.row(cells)).append('\n');
        }
        return text.toString();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        AtomicWrite.writeString(file, content);
    }
}
