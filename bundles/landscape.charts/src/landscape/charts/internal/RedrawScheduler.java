/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import org.eclipse.swt.widgets.Control;

/**
 * Coalesces update requests: however often {@link #request()} is called, the update runs at most
 * once per {@link #DELAY_MS} on the display thread, and not at all once the control is disposed.
 */
public final class RedrawScheduler {

    /** About 25 updates per second: smooth to the eye, cheap for the display thread. */
    public static final int DELAY_MS = 40;

    private final Control control;

    private final Runnable update;

    /** One runnable, so that {@link #flush()} can cancel the timer it started. */
    private final Runnable task = this::run;

    private boolean pending;

    public RedrawScheduler(Control control, Runnable update) {
        this.control = control;
        this.update = update;
    }

    /** Asks for an update soon; must be called on the display thread. */
    public void request() {
        if (pending || control.isDisposed()) {
            return;
        }
        pending = true;
        control.getDisplay().timerExec(DELAY_MS, task);
    }

    /** Runs a pending update now, for callers that need the chart current (exports, tests). */
    public void flush() {
        if (pending && !control.isDisposed()) {
            control.getDisplay().timerExec(-1, task);
            run();
        }
    }

    private void run() {
        if (!pending || control.isDisposed()) {
            return;
        }
        pending = false;
        update.run();
    }
}
