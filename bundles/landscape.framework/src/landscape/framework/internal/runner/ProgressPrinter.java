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
import java.util.Locale;

import landscape.framework.experiment.ProgressListener;

/**
 * Prints a run's progress on standard error, at most once a second or every five percent, so
 * that a fast experiment is not slowed down by its own output.
 */
final class ProgressPrinter implements ProgressListener {

    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private static final double STEP = 0.05;

    private final PrintStream err;
    private final String kind;
    private long lastTime = Long.MIN_VALUE;
    private double lastFraction = -1;

    ProgressPrinter(PrintStream err, String kind) {
        this.err = err;
        this.kind = kind;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        boolean due = lastTime == Long.MIN_VALUE || now - lastTime >= INTERVAL_NANOS
                || fraction - lastFraction >= STEP || fraction >= 1 && lastFraction < 1;
        if (!due) {
            return;
        }
        lastTime = now;
        lastFraction = fraction;
        err.println(String.format(Locale.ROOT, "%s: [%3.0f%%] %s", kind, fraction * 100, message));
    }
}
