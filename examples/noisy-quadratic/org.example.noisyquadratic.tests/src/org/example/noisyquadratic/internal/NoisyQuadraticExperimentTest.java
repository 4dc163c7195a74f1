/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.noisyquadratic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import landscape.framework.experiment.ProgressListener;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;

/**
 * The loss of SGD with gradient noise settles where the stationary variance of the linear
 * recursion w' = (1 - a lambda) w - a sigma xi puts it: a sigma^2 / (2 (2 - a lambda)) per
 * direction.
 */
class NoisyQuadraticExperimentTest {

    /**
     * The measured plateau is a time average of correlated samples; it may miss the expected value
     * by this many of its standard errors. Under the normal approximation a correct experiment
     * fails this with probability about 6e-5, and the fixed seed makes each outcome repeatable.
     */
    private static final double SAMPLING_TOLERANCE = 4;

    /** Enough steps that the smallest default step, 0.01, is measured to about 3 % (one standard error). */
    private static final long LONG_RUN = 400_000;

    private final NoisyQuadraticExperiment experiment = new NoisyQuadraticExperiment();

    @ParameterizedTest(name = "dimension {0}")
    @ValueSource(longs = {1, 2})
    void plateauMatchesTheStationaryLossWithinTheSamplingTolerance(long dimension) {
        double sigma = 0.5;
        Results results = run(defaults().with("dimension", dimension).with("noise", sigma).with("steps", LONG_RUN));

        double[] curvatures = dimension == 1 ? new double[] {1} : new double[] {1, 4};
        for (Map<String, Object> plateau : plateaus(results)) {
            double step = number(plateau, "stepSize");
            double expected = expectedLoss(step, sigma, curvatures);
            double error = standardError(step, sigma, curvatures, LONG_RUN / 2);
            assertEquals(expected, number(plateau, "theoreticalPlateau"), 1e-15 * expected, "theory at " + step);
            assertEquals(expected, number(plateau, "measuredPlateau"), SAMPLING_TOLERANCE * error,
                    "plateau at step " + step + ", standard error " + error);
        }
    }

    @Test
    void aLargeStepNeedsTheTwoMinusALambdaFactor() {
        // a lambda = 1.5: the floor is 1.5 sigma^2, four times the small-step value a sigma^2 / 4.
        Results results = run(defaults().with("stepSizes", List.of(1.5)).with("steps", LONG_RUN));

        Map<String, Object> plateau = plateaus(results).get(0);
        double error = standardError(1.5, 1, new double[] {1}, LONG_RUN / 2);
        assertEquals(1.5, number(plateau, "measuredPlateau"), SAMPLING_TOLERANCE * error, "plateau at a = 1.5");
        assertEquals(0.375, number(plateau, "smallStepApproximation"), 1e-15, "the approximation it departs from");
    }

    @Test
    void theFloorShrinksWithTheStepSize() {
        Results results = run(defaults());

        double[] measured = results.findSeries(NoisyQuadraticExperiment.PLATEAU).orElseThrow().column("measured");
        assertEquals(3, measured.length, "one plateau per default step size 0.2, 0.05, 0.01");
        assertTrue(measured[0] > measured[1] && measured[1] > measured[2],
                "plateaus fall with the step size: " + Arrays.toString(measured));
    }

    @Test
    void eachStepSizeHasItsLossCurveThinnedForDrawing() {
        Results results = run(defaults().with("stepSizes", List.of(0.1)).with("steps", 50_000L));

        Series loss = results.findSeries(NoisyQuadraticExperiment.LOSS_PREFIX + 0.1).orElseThrow();
        assertTrue(loss.size() <= NoisyDescent.MAX_RECORDED_POINTS + 1, "recorded points: " + loss.size());
        assertEquals(12.5, loss.column("loss")[0], 1e-12, "the curve starts at lambda/2 w0^2 = 12.5");
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        ParameterValues values = defaults().with("steps", 1000L);

        assertEquals(plateaus(run(values)), plateaus(run(values)), "plateaus of two runs with seed 1");
    }

    @Test
    void aStepThatWouldDivergeIsAnErrorOnTheStepSizes() {
        var problems = experiment.parameters().validate(defaults().with("dimension", 2L)
                .with("stepSizes", List.of(0.1, 0.5)));

        assertEquals(1, problems.size(), "one problem: " + problems);
        assertEquals("stepSizes", problems.get(0).field(), "the problem is reported on the step sizes");
        assertTrue(problems.get(0).message().contains("expected every step size below 2 / lambda = 0.5"),
                problems.get(0).message());
    }

    @Test
    void theSummarySaysHowManyStepsItTakesToForgetTheStart() {
        Results results = run(defaults().with("stepSizes", List.of(0.01)).with("steps", 200L));

        // 12.5 (0.99^2)^(T/2) falls to 1 % of the floor 0.01 / (2 (2 - 0.01)) at T = 1305.5; after
        // 200 steps the averaged half still holds about 12.5 0.99^200 = 1.7 of the start's loss.
        Map<String, Object> plateau = plateaus(results).get(0);
        assertEquals(1306L, plateau.get("stepsToForgetStart"), "steps to forget the start at a = 0.01");
        assertTrue(number(plateau, "deviationInStandardErrors") > SAMPLING_TOLERANCE,
                "too short a run is biased upwards: " + plateau);
    }

    @Test
    void cancelStopsALongRunWithinASecond() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        RunContext context = new RunContext(new Results(), ProgressListener.NONE, cancel::get);
        Thread canceller = new Thread(() -> {
            sleep(200);
            cancel.set(true);
        });

        canceller.start();
        long start = System.nanoTime();
        RunOutcome outcome = ExperimentRun.execute(experiment, defaults().with("steps", 10_000_000L), context);
        double seconds = (System.nanoTime() - start) * 1e-9;
        canceller.join();

        assertEquals(RunStatus.CANCELLED, outcome.status(), "status: " + outcome.message());
        assertTrue(seconds < 1.2, "stopped " + seconds + " s after start, 0.2 s of it before the cancel");
    }

    /** The oracle: a sigma^2 / (2 (2 - a lambda)) for each direction, summed. */
    private static double expectedLoss(double step, double sigma, double[] curvatures) {
        double sum = 0;
        for (double lambda : curvatures) {
            sum += step * sigma * sigma / (2 * (2 - step * lambda));
        }
        return sum;
    }

    /** The standard error of a mean over n stationary steps: variance 2 m^2 (1 + r^2) / ((1 - r^2) n) per direction. */
    private static double standardError(double step, double sigma, double[] curvatures, long n) {
        double variance = 0;
        for (double lambda : curvatures) {
            double mean = expectedLoss(step, sigma, new double[] {lambda});
            double r2 = Math.pow(1 - step * lambda, 2);
            variance += 2 * mean * mean * (1 + r2) / ((1 - r2) * n);
        }
        return Math.sqrt(variance);
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
    private static List<Map<String, Object>> plateaus(Results results) {
        return (List<Map<String, Object>>) results.summary().get("plateaus");
    }

    private static double number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).doubleValue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
