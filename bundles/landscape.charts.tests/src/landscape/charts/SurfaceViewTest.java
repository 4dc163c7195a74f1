/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** Turning and zooming the 3-D surface with the mouse. */
class SurfaceViewTest {

    /** Degrees the view turns per pixel of drag. */
    private static final double DEGREES_PER_PIXEL = 0.5;

    /** Zoom factor per wheel click. */
    private static final double ZOOM_PER_CLICK = 1.1;

    private static final double EXACT = 1e-9;

    @Test
    void draggingTurnsTheSurfaceAndTheWheelZooms() {
        try (TestShell screen = new TestShell(400, 400)) {
            SurfaceView view = new SurfaceView(screen.shell(), SWT.NONE);
            view.setGrid(TestScenes.rosenbrock(30, 30));
            screen.open();
            double[] before = view.view();

            mouse(view, SWT.MouseDown, 100, 100, 0, 1);
            mouse(view, SWT.MouseMove, 140, 90, SWT.BUTTON1, 0);
            mouse(view, SWT.MouseUp, 140, 90, 0, 1);
            Event wheel = new Event();
            wheel.count = 1;
            view.notifyListeners(SWT.MouseVerticalWheel, wheel);

            double[] after = view.view();
            assertEquals(before[0] + 40 * DEGREES_PER_PIXEL, after[0], EXACT, "yaw after dragging 40 px right");
            assertEquals(before[1] - 10 * DEGREES_PER_PIXEL, after[1], EXACT, "elevation after dragging 10 px up");
            assertEquals(before[2] * ZOOM_PER_CLICK, after[2], EXACT, "zoom after one wheel click up");
        }
    }

    @Test
    void elevationStaysAboveTheGroundPlane() {
        try (TestShell screen = new TestShell(400, 400)) {
            SurfaceView view = new SurfaceView(screen.shell(), SWT.NONE);
            view.setView(0, -40);

            assertTrue(view.view()[1] > 0, "elevation after asking for -40 degrees: " + view.view()[1]);
        }
    }

    private static void mouse(SurfaceView view, int type, int x, int y, int stateMask, int button) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.stateMask = stateMask;
        event.button = button;
        view.notifyListeners(type, event);
    }
}
