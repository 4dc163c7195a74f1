/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.bowl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import landscape.framework.experiment.ProgressListener;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.Grid;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;

/**
 * The bowl reproduces the textbook rates: gradient descent at step 2/(lmin+lmax) contracts by
 * (k-1)/(k+1) per step, tuned heavy-ball momentum by (sqrt(k)-1)/(sqrt(k)+1), and a step above
 * 2/lmax diverges.
 */
class BowlExperimentTest {

    /**
     * At the optimal step both eigen-directions contract by exactly (k-1)/(k+1) each step, so the
     * measured rate equals it up to rounding of ~100 steps in float64.
     */
    private static final double GD_RATE_TOLERANCE = 1e-9;

    /**
     * Tuned heavy ball has a double eigenvalue: its distance decays as t r^t, which over the second
     * half of T steps inflates the measured rate by the factor 2^(1/(T/2)), 1.4 % at T = 100.
     */
    private static final double MOMENTUM_RELATIVE_TOLERANCE = 0.02;

    private final BowlExperiment experiment = new BowlExperiment();

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(doubles = {2, 10, 100})
    void gradientDescentAtTheOptimalStepContractsAtKMinusOneOverKPlusOne(double k) {
        Results results = run(defaults().with("conditionNumber", k).with("momentum", false).with("adam", false));

        Map<String, Object> gd = optimizer(results, "gd");
        double theory = (k - 1) / (k + 1);
        assertEquals(theory, (Double) gd.get("theoreticalContraction"), 1e-15, "theory in the summary");
        assertEquals(theory, (Double) gd.get("measuredContraction"), GD_RATE_TOLERANCE, "measured contraction");
        assertEquals(false, gd.get("diverged"), "converging descent");
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(doubles = {10, 100})
    void tunedMomentumContractsAtRootKMinusOneOverRootKPlusOne(double k) {
        Results results = run(defaults().with("conditionNumber", k).with("gradientDescent", false).with("adam", false)
                .with("steps", 100L));

        double theory = (Math.sqrt(k) - 1) / (Math.sqrt(k) + 1);
        double measured = (Double) optimizer(results, "momentum").get("measuredContraction");
        assertEquals(theory, measured, theory * MOMENTUM_RELATIVE_TOLERANCE, "measured contraction of momentum");
        assertTrue(measured < (k - 1) / (k + 1), "momentum beats gradient descent's rate");
    }

    @Test
    void stepAboveTwoOverLmaxDivergesAndIsShownAsSuch() {
        // lmax = 10, so 2 / lmax = 0.2; a step of 0.21 grows the steep component by |1 - 2.1| = 1.1 per step.
        Results results = run(defaults().with("gdStep", "custom").with("gdCustomStep", 0.21).with("steps", 5000L)
                .with("momentum", false).with("adam", false));

        Map<String, Object> gd = optimizer(results, "gd");
        assertEquals(true, gd.get("diverged"), "diverged");
        assertEquals(0.2, (Double) results.summary().get("divergenceStep"), 1e-15, "2 / lmax in the summary");
        Series path = results.findSeries("path-gd").orElseThrow();
        assertEquals("true", path.attributes().get(Series.DIVERGED), "the path is marked as diverged");
        assertTrue((Double) gd.get("measuredContraction") > 1, "growth per step above 1: " + gd);
    }

    @Test
    void landscapeGridHasItsMinimumZeroAtTheOrigin() {
        Results results = run(defaults().with("resolution", 11L));

        Grid grid = results.grids().get(0);
        assertEquals(BowlExperiment.LANDSCAPE, grid.name(), "grid name");
        assertTrue(grid.sameUnits(), "w1 and w2 are both weights: drawn to the same scale, so the bowl's"
                + " elongation shows as it is");
        assertEquals(0.0, grid.value(5, 5), 0.0, "loss at the origin, the centre of an 11-point grid");
        assertTrue(grid.value(0, 5) > 0 && grid.value(5, 0) > 0, "positive elsewhere");
        assertEquals("landscape", results.findSeries("path-gd").orElseThrow().attributes().get(Series.PLOT_ON),
                "paths are drawn on the landscape");
    }

    @Test
    void cancelStopsALongRunWithinASecond() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        RunContext context = new RunContext(new Results(), ProgressListener.NONE, cancel::get);
        ParameterValues values = defaults().with("steps", 100_000L).with("conditionNumber", 1e6)
                .with("smallestEigenvalue", 1e-6).with("momentum", false).with("adam", false);
        Thread canceller = new Thread(() -> {
            sleep(200);
            cancel.set(true);
        });

        canceller.start();
        long start = System.nanoTime();
        RunOutcome outcome = ExperimentRun.execute(experiment, values, context);
        double seconds = (System.nanoTime() - start) * 1e-9;
        canceller.join();

        assertEquals(RunStatus.CANCELLED, outcome.status(), "status: " + outcome.message());
        assertTrue(seconds < 1.2, "stopped " + seconds + " s after start, 0.2 s of it before the cancel");
    }

    @Test
    void noOptimizerChosenIsAnErrorNamingTheFields() {
        var problems = experiment.parameters().validate(defaults().with("gradientDescent", false)
                .with("momentum", false).with("adam", false));

        assertEquals(1, problems.size(), "one problem: " + problems);
        assertTrue(problems.get(0).message().contains("expected at least one optimizer"), problems.get(0).message());
    }

    private ParameterValues defaults() {
        return experiment.parameters().defaults();
    }

    private Results run(ParameterValues values) {
        RunContext context = RunContext.collecting();
        RunOutcome outcome = ExperimentRun.execute(experiment, values, context);
        assertEquals(RunStatus.COMPLETED, outcome.status(), "run: " + outcome.message());
        return context.results();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> optimizer(Results results, String name) {
        List<Map<String, Object>> reports = (List<Map<String, Object>>) results.summary().get("optimizers");
        return reports.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
