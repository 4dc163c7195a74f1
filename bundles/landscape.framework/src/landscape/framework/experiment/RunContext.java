/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import landscape.framework.results.Results;

/**
 * What a running experiment talks to: the results it fills, progress, cancellation, and the
 * check that stops a run whose numbers are no longer finite.
 */
public final class RunContext {

    private final Results results;
    private final ProgressListener progress;
    private final BooleanSupplier cancelRequested;

    /**
     * @param results where the experiment puts what it computes
     * @param progress where progress goes
     * @param cancelRequested answers true once the user has asked to stop
     */
    public RunContext(Results results, ProgressListener progress, BooleanSupplier cancelRequested) {
        this.results = Objects.requireNonNull(results, "results");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancelRequested = Objects.requireNonNull(cancelRequested, "cancelRequested");
    }

    /** @return a context that collects results and can never be cancelled, for tests */
    public static RunContext collecting() {
        return new RunContext(new Results(), ProgressListener.NONE, () -> false);
    }

    public Results results() {
        return results;
    }

    /**
     * Reports progress.
     *
     * @param fraction the part done, clamped to [0, 1]
     * @param message what is being done now
     */
    public void progress(double fraction, String message) {
        progress.progress(Math.max(0, Math.min(1, fraction)), message);
    }

    /** @return true once the user has asked the run to stop */
    public boolean isCancelled() {
        return cancelRequested.getAsBoolean();
    }

    /**
     * @throws RunCancelledException when the user has asked the run to stop
     */
    public void checkCancelled() {
        if (isCancelled()) {
            throw new RunCancelledException();
        }
    }

    /**
     * Stops the run when {@code value} is NaN or infinite.
     *
     * @param what what the value is, for example "training loss"
     * @param step the step at which it was computed
     * @throws RunFailedException naming the value and the step
     */
    public void checkFinite(String what, double value, long step) {
        if (!Double.isFinite(value)) {
            throw new RunFailedException(what + " became " + value + " at step " + step
                    + ": the computation diverged (try a smaller step size or learning rate)");
        }
    }
}
