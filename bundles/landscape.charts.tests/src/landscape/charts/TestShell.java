/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A shell for the widget tests: opened at a fixed size on the default display, with the event
 * loop run until it has been laid out and painted. Close it after each test.
 */
final class TestShell implements AutoCloseable {

    /** Long enough for GTK to map, lay out and paint a shell under Xvfb, in milliseconds. */
    private static final long SETTLE_MS = 300;

    private final Display display = Display.getDefault();

    private final Shell shell;

    TestShell(int width, int height) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
    }

    Shell shell() {
        return shell;
    }

    /** Opens the shell and runs the event loop until it has settled. */
    TestShell open() {
        shell.open();
        shell.layout(true, true);
        settle();
        return this;
    }

    /** Runs the event loop for a while, so that timers, layouts and paints happen. */
    void settle() {
        long end = System.currentTimeMillis() + SETTLE_MS;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    @Override
    public void close() {
        shell.dispose();
        settle();
    }
}
