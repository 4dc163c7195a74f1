/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.files.ExperimentSource;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.testing.CountingExperiment;

/** The headless runner's commands end to end, with their output and exit codes. */
class CommandLineTest {

    private static final ExperimentCatalog CATALOG = ExperimentCatalog.of(
            new ExperimentType("counting", "Counting", new CountingExperiment()));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final CommandLine commandLine = new CommandLine(CATALOG, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), interrupted);

    @TempDir
    Path folder;

    @Test
    void listPrintsKindTabName() {
        assertEquals(CommandLine.OK, commandLine.execute("list"), "exit code");
        assertEquals("counting\tCounting\n", out(), "one line per kind");
    }

    @Test
    void describePrintsParametersAsJson() throws IOException {
        assertEquals(CommandLine.OK, commandLine.execute("describe", "counting"), "exit code");

        JsonNode description = new ObjectMapper().readTree(out());
        assertEquals("counting", description.get("kind").asText(), "kind");
        JsonNode steps = description.get("parameters").get(0);
        assertEquals("steps", steps.get("name").asText(), "first parameter");
        assertEquals("integer", steps.get("type").asText(), "type");
        assertEquals(10, steps.get("default").asInt(), "default");
        assertEquals(1000, steps.get("max").asInt(), "range");
        assertEquals("How many steps.", steps.get("help").asText(), "help");
        assertEquals(CommandLine.INVALID, commandLine.execute("describe", "nope"), "unknown kind");
    }

    @Test
    void runWritesTheRunFolderAndExitsZero() throws IOException {
        Path file = experiment("finish");

        int code = commandLine.execute("run", file.toString(), "--set", "steps=4");

        assertEquals(CommandLine.OK, code, "exit code; stderr:\n" + err());
        Path run = onlyRunFolder(file);
        assertEquals("step,loss\n0,1\n1,0.5\n2,0.25\n3,0.125\n", Files.readString(run.resolve("series-loss.csv")),
                "series CSV");
        assertTrue(Files.readString(run.resolve("config.experiment")).contains("\"steps\": 4"),
                "the config is the one that ran, with --set applied");
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        assertEquals(0.0625, summary.get("finalLoss").asDouble(), 0.0, "experiment summary at the top level");
        assertEquals("completed", summary.get("run").get("status").asText(), "status");
        assertTrue(Files.exists(run.resolve("grid-square.csv")), "grid CSV");
        assertTrue(err().contains("counting: [100%] step 4"), "progress on stderr:\n" + err());
    }

    @Test
    void runWithOutWritesIntoThatFolder() throws IOException {
        Path file = experiment("finish");
        Path target = folder.resolve("out");

        assertEquals(CommandLine.OK, commandLine.execute("run", file.toString(), "--out", target.toString()), err());

        assertTrue(Files.exists(target.resolve("summary.json")), "summary in --out");
        assertTrue(Files.exists(target.resolve("series-loss.csv")), "series in --out");
    }

    @Test
    void invalidFileExitsTwoNamingFileLineParameterValueAndExpectation() throws IOException {
        Path file = folder.resolve("bad.experiment");
        Files.writeString(file, "{\n  \"kind\": \"counting\",\n  \"parameters\": {\"steps\": -3}\n}\n");

        assertEquals(CommandLine.INVALID, commandLine.execute("run", file.toString()), "exit code");

        assertTrue(err().contains(file + ":3:18: error: steps: -3 is out of range; expected an integer from 1 to 1000"),
                "message:\n" + err());
        assertTrue(Files.notExists(folder.resolve("runs")), "nothing is run");
    }

    @Test
    void badSetAndMissingFilesExitTwo() throws IOException {
        Path file = experiment("finish");

        assertEquals(CommandLine.INVALID, commandLine.execute("run", file.toString(), "--set", "steps=many"), "value");
        assertTrue(err().contains("steps: many is not valid; expected an integer from 1 to 1000"), err());
        assertEquals(CommandLine.INVALID, commandLine.execute("run", file.toString(), "--set", "stpes=3"), "name");
        assertEquals(CommandLine.INVALID, commandLine.execute("run", folder.resolve("none.experiment").toString()),
                "missing file");
        assertEquals(CommandLine.INVALID, commandLine.execute("frobnicate"), "unknown command");
        assertEquals(CommandLine.INVALID, commandLine.execute(), "no command");
    }

    @Test
    void divergingAndThrowingRunsExitOneWithTheirMessage() throws IOException {
        assertEquals(CommandLine.RUN_FAILED, commandLine.execute("run", experiment("diverge").toString()), "diverge");
        assertTrue(err().contains("loss became NaN at step 10"), err());

        assertEquals(CommandLine.RUN_FAILED, commandLine.execute("run", experiment("throw").toString()), "throw");
        assertTrue(err().contains("this experiment always throws"), err());
    }

    @Test
    void interruptedRunExits130AndKeepsItsPartialResults() throws Exception {
        Path file = experiment("wait");
        Thread interrupter = new Thread(() -> {
            sleep(300);
            interrupted.set(true);
        });
        interrupter.start();

        int code = commandLine.execute("run", file.toString());
        interrupter.join();

        assertEquals(CommandLine.INTERRUPTED, code, "exit code; stderr:\n" + err());
        JsonNode summary = new ObjectMapper().readTree(onlyRunFolder(file).resolve("summary.json").toFile());
        assertEquals("cancelled", summary.get("run").get("status").asText(), "status");
    }

    private Path experiment(String ending) throws IOException {
        ParameterSet parameters = new CountingExperiment().parameters();
        Path file = folder.resolve(ending + ".experiment");
        Files.writeString(file, ExperimentSource.create("counting", parameters,
                parameters.defaults().with("ending", ending)));
        return file;
    }

    private static Path onlyRunFolder(Path file) throws IOException {
        Path runs = file.resolveSibling("runs").resolve(file.getFileName().toString().replace(".experiment", ""));
        try (Stream<Path> folders = Files.list(runs)) {
            List<Path> all = folders.toList();
            assertEquals(1, all.size(), "one run folder: " + all);
            return all.get(0);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
