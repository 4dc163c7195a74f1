/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.ui.internal;

import static landscape.testing.WorkbenchSteps.join;
import static landscape.testing.WorkbenchSteps.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import landscape.charts.ChartExport;
import landscape.charts.Series;
import landscape.testing.WorkbenchSteps;

/**
 * The High Dimensions view as a learner uses it: choose the largest n, the samples and the seed,
 * press Compute, and read the measured fractions against 2^-n; or cancel a long sweep.
 */
class HighDimensionsViewTest {

    /** Enough samples that n = 5 still has about 20 positive definite draws, so the curve decreases to n = 6. */
    private static final int SAMPLES = 200_000;

    private static final int LARGEST = 6;

    private static final int SEED = 1;

    /**
     * Four binomial standard errors, sqrt(p (1 - p) / SAMPLES), at the exactly known fractions: a
     * correct sampler misses by more with chance below 1e-4.
     */
    private static final double STANDARD_ERRORS = 4;

    /** P(a 2 x 2 GOE matrix is positive definite) = (2 - sqrt 2) / 4, from the joint law of its eigenvalues. */
    private static final double FRACTION_AT_TWO = (2 - Math.sqrt(2)) / 4;

    /** An exported chart of the view's size with axes, lines and legend is far above this. */
    private static final long MIN_PNG_BYTES = 10_000;

    private HighDimensionsView view;

    @BeforeEach
    void showView() throws PartInitException {
        WorkbenchSteps.enlargeWindow();
        view = (HighDimensionsView) page().showView(HighDimensionsView.ID);
        WorkbenchSteps.processEvents();
    }

    @AfterEach
    void hideView() {
        page().hideView(view);
    }

    @Test
    void measuredFractionFallsFasterThanCoinFlips() throws Exception {
        view.setInputs(LARGEST, SAMPLES, SEED);
        PositiveDefiniteSweep sweep = view.compute();
        join(PositiveDefiniteSweep.FAMILY);
        WorkbenchSteps.waitUntil(() -> !view.isComputing(), "Compute is offered again");

        assertEquals(IStatus.OK, sweep.getResult().getSeverity(), "sweep result: " + sweep.getResult());
        double[] measured = series(HighDimensionsView.MEASURED).y();
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, series(HighDimensionsView.MEASURED).x(), "dimensions");
        assertArrayEquals(new double[] {0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625},
                series(HighDimensionsView.COIN_FLIPS).y(), "2^-n for n = 1 .. 6");
        assertNear(0.5, measured[0], "n = 1: a GOE 1 x 1 matrix is one symmetric normal number");
        assertNear(FRACTION_AT_TWO, measured[1], "n = 2");
        for (int k = 1; k < measured.length; k++) {
            assertTrue(measured[k] < measured[k - 1], "fraction at n = " + (k + 1) + " is " + measured[k]
                    + "; expected below the one at n = " + k + ", " + measured[k - 1]);
        }
        for (int n = 3; n <= LARGEST; n++) {
            assertTrue(measured[n - 1] < Math.pow(2, -n), "fraction at n = " + n + " is " + measured[n - 1]
                    + "; expected below 2^-n = " + Math.pow(2, -n));
        }
        assertTrue(view.status().startsWith("n = 6: "), "the status reports the last dimension: " + view.status());

        Path png = WorkbenchSteps.SCREENSHOTS.resolve("high-dimensions-chart.png");
        Files.createDirectories(png.getParent());
        ChartExport.writePng(view.chart(), png);
        assertTrue(Files.size(png) > MIN_PNG_BYTES, "exported chart " + png + " has " + Files.size(png) + " bytes");
        WorkbenchSteps.captureWindow(WorkbenchSteps.SCREENSHOTS.resolve("high-dimensions-window.png"));
    }

    @Test
    void cancelStopsALongSweepAndKeepsWhatItMeasured() throws Exception {
        view.setInputs(HighDimensionsView.MAX_DIMENSION, HighDimensionsView.MAX_SAMPLES, SEED);
        PositiveDefiniteSweep sweep = view.compute();
        WorkbenchSteps.waitUntil(() -> sweep.getState() == PositiveDefiniteSweep.RUNNING, "the sweep runs");
        sweep.cancel();
        join(PositiveDefiniteSweep.FAMILY);
        WorkbenchSteps.waitUntil(() -> view.status().startsWith("Cancelled"), "the view says it was cancelled");
        assertFalse(view.isComputing(), "Compute is offered again after Cancel");

        assertEquals(IStatus.CANCEL, sweep.getResult().getSeverity(), "sweep result: " + sweep.getResult());
        int measured = series(HighDimensionsView.MEASURED).size();
        assertTrue(measured < HighDimensionsView.MAX_DIMENSION, measured + " dimensions measured before Cancel; "
                + "expected fewer than " + HighDimensionsView.MAX_DIMENSION + " of 10 million samples each");
    }

    private Series series(String name) {
        view.chart().flush();
        return view.chart().series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + name + "' in " + view.chart().series()));
    }

    private static void assertNear(double expected, double measured, String what) {
        double tolerance = STANDARD_ERRORS * Math.sqrt(expected * (1 - expected) / SAMPLES);
        assertEquals(expected, measured, tolerance, what + ": measured " + measured);
    }
}
