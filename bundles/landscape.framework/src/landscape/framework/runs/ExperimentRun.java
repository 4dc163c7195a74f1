/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunCancelledException;
import landscape.framework.experiment.RunContext;
import landscape.framework.experiment.RunFailedException;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;

/**
 * Runs an experiment the same way for the workbench and the headless runner: validates the
 * values, runs, and turns how it ended into a {@link RunOutcome}; an experiment that throws
 * fails its run with its message and nothing else.
 */
public final class ExperimentRun {

    private ExperimentRun() {
    }

    /**
     * @param experiment the experiment
     * @param values its parameter values; they are validated first
     * @param context where results and progress go, and where cancellation comes from
     * @return how the run ended; results are in {@code context.results()} in every case
     */
    public static RunOutcome execute(Experiment experiment, ParameterValues values, RunContext context) {
        Instant started = Instant.now();
        // Warnings (from rules that only advise) do not stop a run; errors do.
        var errors = experiment.parameters().validate(values).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            return outcome(RunStatus.FAILED, "the parameters are not valid: " + errors.get(0).message(), started);
        }

        try {
            experiment.run(values, context);
            return outcome(RunStatus.COMPLETED, "", started);
        } catch (RunCancelledException e) {
            return outcome(RunStatus.CANCELLED, "cancelled by the user", started);
        } catch (RunFailedException e) {
            return outcome(RunStatus.FAILED, e.getMessage(), started);
        } catch (RuntimeException | LinkageError e) {
            // A fault of the experiment plug-in ends its own run only.
            String message = "the experiment failed with " + causes(e);
            return new RunOutcome(RunStatus.FAILED, message, started, seconds(started), Optional.of(e));
        }
    }

    /** @return the exception and its causes, each as "class: message", joined by "caused by" */
    static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.isEmpty() ? "" : ", caused by ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    private static RunOutcome outcome(RunStatus status, String message, Instant started) {
        return new RunOutcome(status, message, started, seconds(started), Optional.empty());
    }

    private static double seconds(Instant started) {
        return Duration.between(started, Instant.now()).toNanos() * 1e-9;
    }
}
