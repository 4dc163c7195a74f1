/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.experiment.RunContext;
import landscape.framework.files.ExperimentFile;
import landscape.framework.files.ExperimentSource;
import landscape.framework.parameters.InvalidValueException;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ValueConversion;
import landscape.framework.results.Results;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunFolder;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;

/** {@code landscape run <file> [--out <dir>] [--set name=value ...]}. */
final class RunCommand {

    private final ExperimentCatalog catalog;
    private final PrintStream err;
    private final AtomicBoolean interrupted;

    RunCommand(ExperimentCatalog catalog, PrintStream err, AtomicBoolean interrupted) {
        this.catalog = catalog;
        this.err = err;
        this.interrupted = interrupted;
    }

    int execute(List<String> args) {
        Path file = null;
        Path out = null;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--out") || arg.equals("--set")) && i + 1 == args.size()) {
                return invalid("landscape run: " + arg + " needs a value");
            }
            if (arg.equals("--out")) {
                out = Path.of(args.get(++i));
            } else if (arg.equals("--set")) {
                sets.add(args.get(++i));
            } else if (arg.startsWith("--") || file != null) {
                return invalid("landscape run: unexpected argument '" + arg + "'; expected <file> [--out <dir>]"
                        + " [--set name=value ...]");
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            return invalid("landscape run: expected an experiment file");
        }
        return run(file, out, sets);
    }

    private int run(Path file, Path out, List<String> sets) {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            return invalid(file + ": error: the file is not UTF-8 text; expected a JSON experiment file");
        } catch (IOException e) {
            return invalid(file + ": error: cannot read the file (" + e + ")");
        }

        ExperimentFile experiment = ExperimentFile.read(text, catalog);
        if (experiment.type().isPresent() && !sets.isEmpty()) {
            Optional<String> changed = applySets(file, text, experiment.type().get(), sets);
            if (changed.isEmpty()) {
                return CommandLine.INVALID;
            }
            text = changed.get();
            experiment = ExperimentFile.read(text, catalog);
        }
        experiment.problems().forEach(problem -> err.println(problem.describe(file.toString())));
        if (!experiment.isRunnable()) {
            err.println(file + ": not run: " + experiment.errors().size() + " error(s)");
            return CommandLine.INVALID;
        }

        ExperimentType type = experiment.type().orElseThrow();
        Results results = new Results();
        RunContext context = new RunContext(results, new ProgressPrinter(err, type.kind()), interrupted::get);
        RunOutcome outcome = ExperimentRun.execute(type.experiment(), experiment.values(), context);

        Path folder = out != null ? out : RunFolder.newFolderFor(file, outcome);
        try {
            RunFolder.write(folder, type.kind(), text, results, outcome);
        } catch (IOException e) {
            err.println(type.kind() + ": error: the results could not be written to " + folder + " (" + e + ")");
            return CommandLine.RUN_FAILED;
        }
        return report(type, outcome, folder);
    }

    private Optional<String> applySets(Path file, String text, ExperimentType type, List<String> sets) {
        String changed = text;
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                err.println("landscape run: --set " + set + " is not valid; expected --set name=value");
                return Optional.empty();
            }
            String name = set.substring(0, equals);
            Optional<Parameter> parameter = type.experiment().parameters().find(name);
            if (parameter.isEmpty()) {
                err.println("landscape run: --set " + set + ": " + type.kind() + " has no parameter '" + name + "'");
                return Optional.empty();
            }
            try {
                Object value = ValueConversion.fromText(parameter.get(), set.substring(equals + 1));
                changed = ExperimentSource.withValue(changed, parameter.get(), value);
            } catch (InvalidValueException e) {
                err.println("landscape run: --set " + set + ": " + e.problem().message());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                err.println(file + ": error: " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(changed);
    }

    private int report(ExperimentType type, RunOutcome outcome, Path folder) {
        String seconds = String.format(Locale.ROOT, "%.2f s", outcome.seconds());
        if (outcome.status() == RunStatus.COMPLETED) {
            err.println(type.kind() + ": completed in " + seconds + "; results in " + folder);
            return CommandLine.OK;
        }
        if (outcome.status() == RunStatus.CANCELLED) {
            err.println(type.kind() + ": interrupted after " + seconds + "; partial results in " + folder);
            return CommandLine.INTERRUPTED;
        }
        err.println(type.kind() + ": failed after " + seconds + ": " + outcome.message() + "; results in " + folder);
        return CommandLine.RUN_FAILED;
    }

    private int invalid(String message) {
        err.println(message);
        return CommandLine.INVALID;
    }
}
