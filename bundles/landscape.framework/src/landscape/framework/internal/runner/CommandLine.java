/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal.runner;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import landscape.core.bench.Benchmarks;
import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;

/**
 * The headless runner's commands: {@code list}, {@code describe <kind>}, {@code run <file>
 * [--out <dir>] [--set name=value ...]} and {@code bench}. It uses the same experiment
 * registry, file reader, run and run folder as the workbench. Exit codes: 0 success, 1 a failed
 * run, 2 an invalid experiment file or command line, 130 an interrupted run.
 */
public final class CommandLine {

    /** Exit code of a successful command. */
    public static final int OK = 0;

    /** Exit code of a run that failed, for example because its loss diverged. */
    public static final int RUN_FAILED = 1;

    /** Exit code of an invalid experiment file or command line. */
    public static final int INVALID = 2;

    /** Exit code of a run interrupted by the user (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    static final String USAGE = """
            usage: landscape <command>
              list                                   one line per installed experiment kind: <kind><TAB><name>
              describe <kind>                        the kind's parameters as JSON
              run <file> [--out <dir>] [--set name=value ...]
                                                     runs an experiment file; writes its results into <dir>
                                                     (default: runs/<name>/<time> beside the file)
              bench                                  the core's benchmarks, each against a baseline
            """;

    private final ExperimentCatalog catalog;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean interrupted;

    /**
     * @param catalog the installed experiment kinds
     * @param out where results go (standard output)
     * @param err where progress and messages go (standard error)
     * @param interrupted set when the user interrupts; a running experiment then stops
     */
    public CommandLine(ExperimentCatalog catalog, PrintStream out, PrintStream err, AtomicBoolean interrupted) {
        this.catalog = catalog;
        this.out = out;
        this.err = err;
        this.interrupted = interrupted;
    }

    /** @return the exit code */
    public int execute(List<String> args) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return INVALID;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "list" -> list(rest);
            case "describe" -> new DescribeCommand(catalog, out, err).execute(rest);
            case "run" -> new RunCommand(catalog, err, interrupted).execute(rest);
            case "bench" -> bench(rest);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield OK;
            }
            default -> {
                err.println("landscape: unknown command '" + args.get(0) + "'; expected list, describe, run or bench");
                err.print(USAGE);
                yield INVALID;
            }
        };
    }

    /** Prints each problem as a warning on standard error, before a command's own output. */
    public void warn(List<String> problems) {
        problems.forEach(problem -> err.println("landscape: warning: " + problem));
    }

    /** Convenience for {@link #execute(List)}. */
    public int execute(String... args) {
        return execute(Arrays.asList(args));
    }

    private int list(List<String> rest) {
        if (!rest.isEmpty()) {
            err.println("landscape list: takes no arguments, got " + rest);
            return INVALID;
        }
        for (ExperimentType type : catalog.types()) {
            out.println(type.kind() + "\t" + type.name());
        }
        out.flush();
        return OK;
    }

    private int bench(List<String> rest) {
        if (!rest.isEmpty()) {
            err.println("landscape bench: takes no arguments, got " + rest);
            return INVALID;
        }
        Benchmarks.run(out);
        out.flush();
        return OK;
    }
}
