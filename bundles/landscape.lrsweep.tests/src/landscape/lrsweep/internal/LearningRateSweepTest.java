/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import landscape.framework.experiment.ProgressListener;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;

/**
 * The sweep finds the step size theory calls best, measures the contraction theory predicts, and
 * records step sizes above 2 / lmax as diverged without failing the run.
 */
class LearningRateSweepTest {

    /**
     * Gradient descent is linear on the bowl, so each direction's component shrinks by exactly
     * |1 - a l| per step up to rounding; a rate taken over ~100 steps of float64 iterates is off
     * by far less than this.
     */
    private static final double CONTRACTION_TOLERANCE = 1e-9;

    /** The summary's theory values are closed forms; only their own rounding separates them. */
    private static final double FORMULA_TOLERANCE = 1e-15;

    private final LearningRateSweep experiment = new LearningRateSweep();

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(doubles = {2, 10, 100})
    void bestStepIsWithinOneGridStepOfTwoOverLminPlusLmax(double k) {
        // A largest step of 1 puts 2 / (1 + k) inside the grid for every k.
        Results results = run(defaults().with("conditionNumber", k).with("steps", 400L).with("largestStep", 1.0));

        double optimal = 2 / (1 + k);
        double best = number(results, "bestStepSize");
        double ratio = number(results, "gridRatio");
        assertEquals(optimal, number(results, "optimalStep"), FORMULA_TOLERANCE, "2 / (lmin + lmax) in the summary");
        assertTrue(Math.abs(Math.log(best / optimal)) <= Math.log(ratio) * (1 + 1e-12),
                "best step " + best + " is more than one grid factor " + ratio + " away from " + optimal);
    }

    @ParameterizedTest(name = "rotation = {0}")
    @ValueSource(doubles = {0, 30, -75})
    void measuredContractionMatchesTheSlowerDirectionForConvergingSteps(double rotation) {
        Results results = run(defaults().with("rotation", rotation));

        Series contraction = results.findSeries(LearningRateSweep.CONTRACTION).orElseThrow();
        double[] steps = contraction.column("stepSize");
        double[] measured = contraction.column("measured");
        double lmax = 10;
        int checked = 0;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] < 2 / lmax) {
                double theory = Math.max(Math.abs(1 - steps[i]), Math.abs(1 - steps[i] * lmax));
                assertEquals(theory, measured[i], CONTRACTION_TOLERANCE, "contraction at step size " + steps[i]);
                checked++;
            }
        }
        assertTrue(checked > 20, "converging step sizes checked: " + checked);
    }

    @Test
    void stepsAboveTwoOverLmaxDivergeAndTheRunStillCompletes() {
        Results results = run(defaults());

        Table sweep = results.tables().stream().filter(t -> t.name().equals(LearningRateSweep.SWEEP)).findFirst()
                .orElseThrow();
        int above = 0;
        for (List<Object> row : sweep.rows()) {
            double step = (Double) row.get(0);
            boolean diverged = LearningRateSweep.DIVERGED.equals(row.get(5));
            assertEquals(step > 0.2, diverged, "outcome at step size " + step + " (2 / lmax = 0.2): " + row);
            above += step > 0.2 ? 1 : 0;
        }
        assertTrue(above >= 3, "step sizes above 2 / lmax in the default grid: " + above);
        assertEquals(0.2, number(results, "divergenceStep"), FORMULA_TOLERANCE, "2 / lmax in the summary");
        assertEquals(above, ((List<?>) results.summary().get("divergedStepSizes")).size(), "diverged in the summary");
    }

    @Test
    void divergedRunsEndWithAFiniteLossAndAGrowthAboveOne() {
        Results results = run(defaults());

        Series loss = results.findSeries(LearningRateSweep.FINAL_LOSS).orElseThrow();
        Series contraction = results.findSeries(LearningRateSweep.CONTRACTION).orElseThrow();
        double[] steps = loss.column("stepSize");
        for (int i = 0; i < steps.length; i++) {
            assertTrue(Double.isFinite(loss.column(LearningRateSweep.FINAL_LOSS)[i]), "final loss at " + steps[i]);
            if (steps[i] > 0.2) {
                assertTrue(contraction.column("measured")[i] > 1, "growth per step at " + steps[i]);
            }
        }
    }

    @Test
    void logGridRunsFromSmallestToLargestByAConstantFactor() {
        double[] steps = StepSizes.logGrid(1e-3, 1, 4);

        assertEquals(1e-3, steps[0], 0, "first step size");
        assertEquals(1, steps[3], 0, "last step size");
        assertEquals(10, steps[2] / steps[1], 1e-12, "factor between neighbours");
        assertEquals(10, StepSizes.ratio(1e-3, 1, 4), 1e-12, "the ratio reported");
    }

    @Test
    void smallestStepMustBeBelowLargest() {
        var problems = experiment.parameters().validate(defaults().with("smallestStep", 1.0).with("largestStep", 0.5));

        assertEquals(1, problems.size(), "one problem: " + problems);
        assertEquals("largestStep", problems.get(0).field(), "the problem is reported on the largest step");
    }

    @Test
    void startAtTheMinimumIsAnError() {
        var problems = experiment.parameters().validate(defaults().with("start", List.of(0.0, 0.0)));

        assertEquals(1, problems.size(), "one problem: " + problems);
        assertTrue(problems.get(0).message().contains("expected a start point away from (0, 0)"),
                problems.get(0).message());
    }

    @Test
    void cancelStopsALongSweepWithinASecond() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        RunContext context = new RunContext(new Results(), ProgressListener.NONE, cancel::get);
        ParameterValues values = defaults().with("steps", 100_000L).with("stepCount", 1000L)
                .with("smallestStep", 1e-9).with("largestStep", 1e-6);
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
        assertFalse(context.results().series().isEmpty(), "the partial results are kept");
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

    private static double number(Results results, String key) {
        Object value = results.summary().get(key);
        assertTrue(value instanceof Number, "summary entry " + key + " is a number: " + value);
        return ((Number) value).doubleValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
