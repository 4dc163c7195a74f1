/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import landscape.framework.results.Grid;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;

/** A run folder reads back exactly what was written: the Runs view reopens runs from it. */
class RunFolderTest {

    @TempDir
    Path folder;

    @Test
    void everythingWrittenReadsBack() throws IOException {
        Results results = new Results();
        Series path = results.series("path", "step", "w1", "w2").attribute(Series.PLOT_ON, "landscape");
        path.append(0, 1.5, -2);
        path.append(1, 0.1, Double.NaN);
        results.add(new Grid("landscape", "w1", "w2", "loss", new double[] {0, 1, 2}, new double[] {-1, 1},
                new double[][] {{0, 1, 4}, {1, 2, 5}}).inSameUnits());
        results.add(new Grid("sweep", "rate", "steps", "loss", new double[] {0.1, 0.2}, new double[] {10, 20},
                new double[][] {{1, 2}, {3, 4}}));
        results.add(new PointSet("critical", "landscape", List.of(new Point(0, 0, "minimum", "a, \"b\"",
                Map.of("loss", 0.0)))));
        results.add(new Table("summary", List.of("name", "value"), List.of(List.of("k", 10.0))));
        results.summary("conditionNumber", 10.0);
        RunOutcome outcome = new RunOutcome(RunStatus.COMPLETED, "", Instant.parse("2026-01-02T03:04:05Z"), 1.5,
                Optional.empty());

        RunFolder.write(folder, "bowl", "{\"kind\": \"bowl\"}\n", results, outcome);
        StoredRun stored = StoredRun.read(folder);

        assertEquals("bowl", stored.kind(), "kind");
        assertEquals(outcome, stored.outcome(), "outcome");
        Series readPath = stored.results().findSeries("path").orElseThrow();
        assertArrayEquals(path.snapshot()[2], readPath.snapshot()[2], 0.0, "series values, NaN included");
        assertEquals("landscape", readPath.attributes().get(Series.PLOT_ON), "series attribute");
        Grid grid = stored.results().grids().get(0);
        assertEquals(5.0, grid.value(2, 1), 0.0, "grid value at x=2, y=1");
        assertTrue(grid.sameUnits(), "a grid in the same units on both axes reads back so");
        assertFalse(stored.results().grids().get(1).sameUnits(), "and one in separate units too");
        assertEquals("a, \"b\"", stored.results().pointSets().get(0).points().get(0).label(), "quoted CSV text");
        assertEquals(List.of("k", 10.0), stored.results().tables().get(0).rows().get(0), "table row");
        assertEquals(10.0, stored.results().summary().get("conditionNumber"), "summary entry");
        assertEquals("{\"kind\": \"bowl\"}\n", Files.readString(folder.resolve(RunFolder.CONFIG)), "config");
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void gridsOfRunsStoredBeforeSameUnitsExistedReadAsSeparateUnits() throws IOException {
        Files.writeString(folder.resolve("grid-landscape.csv"), "y\\x,0,1\n0,1,2\n1,3,4\n");
        Files.writeString(folder.resolve(RunFolder.SUMMARY), "{\"run\": {\"kind\": \"bowl\", \"status\": \"completed\","
                + " \"message\": \"\", \"started\": \"2026-01-02T03:04:05Z\", \"seconds\": 1,"
                + " \"grids\": {\"landscape\": {\"x\": \"w1\", \"y\": \"w2\", \"value\": \"loss\"}}}}");

        Grid grid = StoredRun.read(folder).results().grids().get(0);

        assertFalse(grid.sameUnits(), "no sameUnits entry: separate units");
        assertEquals(4.0, grid.value(1, 1), 0.0, "the values read as before");
    }

    @Test
    void aBrokenFolderIsAnErrorNamingIt() throws IOException {
        Files.writeString(folder.resolve(RunFolder.SUMMARY), "{\"run\": {\"kind\": \"bowl\", \"status\": \"odd\"}}");

        IOException e = assertThrows(IOException.class, () -> StoredRun.read(folder), "bad status");
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void newFoldersDoNotOverwriteEarlierRuns() throws IOException {
        Path experiment = folder.resolve("bowl.experiment");
        RunOutcome outcome = new RunOutcome(RunStatus.COMPLETED, "", Instant.now(), 0, Optional.empty());

        Path first = RunFolder.newFolderFor(experiment, outcome);
        Files.createDirectories(first);
        Path second = RunFolder.newFolderFor(experiment, outcome);

        assertEquals(folder.resolve("runs").resolve("bowl"), first.getParent(), "runs/<experiment>/");
        assertTrue(!first.equals(second) && second.getFileName().toString().endsWith("-2"), second.toString());
    }
}
