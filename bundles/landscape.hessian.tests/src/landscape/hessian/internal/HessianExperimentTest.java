/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.experiment.ProgressListener;
import landscape.framework.experiment.RunContext;
import landscape.framework.files.ExperimentFile;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.results.Table;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunFolder;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;
import landscape.twoparam.LossGrid;
import landscape.twoparam.LossParameters;

/** The hessian experiment end to end, as the runner and the workbench run it, and its shipped sample. */
class HessianExperimentTest {

    /**
     * The sample shipped with the feature, read where it lies in the source tree: tests run in
     * their bundle's folder, so the file is tested as it ships, with no copy to drift.
     */
    static final Path SAMPLE = Path.of("..", "..", "features", "landscape.hessian.feature", "rootfiles", "samples",
            "hessian.experiment");

    /** Both minima are found to |grad| < 1e-8 at curvatures of order 1, so they mirror each other to about 1e-8. */
    private static final double MIRROR_TOLERANCE = 1e-6;

    /** 100 noisy points (noise 0.1) place the fitted w1 within a few hundredths of the teacher's 1. */
    private static final double TEACHER_TOLERANCE = 0.1;

    private final HessianExperiment experiment = new HessianExperiment();

    @Test
    void runOnTheCamelFillsTheSummaryThePointsAndTheTable() {
        Results results = run(experiment.parameters().defaults().with("matrixSamples", 2000L).with("resolution", 51L));

        List<Map<String, Object>> points = list(results.summary().get(HessianExperiment.CRITICAL_POINTS));
        assertEquals(15, points.size(), "critical points of the six-hump camel");
        for (Map<String, Object> p : points) {
            assertEquals(Set.of("point", "loss", "gradientNorm", "eigenvalues", "conditionNumber", "type"), p.keySet(),
                    "keys of " + p);
            List<?> eigenvalues = (List<?>) p.get("eigenvalues");
            assertTrue((Double) eigenvalues.get(0) <= (Double) eigenvalues.get(1), "ascending: " + eigenvalues);
            assertTrue(Set.of("minimum", "maximum", "saddle", "degenerate").contains(p.get("type")), "type of " + p);
        }

        PointSet marks = results.pointSets().get(0);
        assertEquals(LossGrid.NAME, marks.plotOn(), "points are drawn on the landscape");
        assertEquals(Set.of("loss", "gradientNorm", "lambda1", "lambda2", "v1x", "v1y", "v2x", "v2y"),
                marks.points().get(0).values().keySet(), "values of a point");
        Table table = results.tables().get(0);
        assertEquals(List.of("w1", "w2", "loss", "lambda1", "lambda2", "conditionNumber", "type"), table.columns(),
                "table columns");
        assertEquals(15, table.rows().size(), "one row per critical point");
    }

    /**
     * w2 tanh(w1 x) is unchanged by (w1, w2) -> (-w1, -w2): two mirror-image minima near the
     * teacher's (1, 1) and (-1, -1), and between them the origin, where both partial derivatives
     * vanish and the Hessian [0, -mean(t x); -mean(t x), 0] makes a saddle.
     */
    @Test
    void tanhUnitHasTwoMirrorMinimaAndASaddleAtTheOrigin() {
        Results results = run(experiment.parameters().defaults().with(LossParameters.MODEL, "tanhUnit")
                .with(LossParameters.W1_MIN, -3.0).with(LossParameters.W1_MAX, 3.0)
                .with(LossParameters.W2_MIN, -3.0).with(LossParameters.W2_MAX, 3.0)
                .with("startsPerSide", 10L).with("matrixSamples", 100L).with(LossParameters.RESOLUTION, 21L));

        List<Map<String, Object>> points = list(results.summary().get(HessianExperiment.CRITICAL_POINTS));
        List<Map<String, Object>> minima = points.stream().filter(p -> p.get("type").equals("minimum")).toList();
        List<Map<String, Object>> saddles = points.stream().filter(p -> p.get("type").equals("saddle")).toList();
        assertEquals(2, minima.size(), "two minima: " + points);
        assertEquals(1, saddles.size(), "one saddle: " + points);
        List<?> a = (List<?>) minima.get(0).get("point");
        List<?> b = (List<?>) minima.get(1).get("point");
        assertEquals(-(Double) a.get(0), (Double) b.get(0), MIRROR_TOLERANCE, "mirror w1: " + minima);
        assertEquals(-(Double) a.get(1), (Double) b.get(1), MIRROR_TOLERANCE, "mirror w2: " + minima);
        assertEquals(1.0, Math.abs((Double) a.get(0)), TEACHER_TOLERANCE, "|w1| near the teacher's: " + minima);
        List<?> saddle = (List<?>) saddles.get(0).get("point");
        assertEquals(0.0, Math.hypot((Double) saddle.get(0), (Double) saddle.get(1)), MIRROR_TOLERANCE, "origin");
    }

    @Test
    void positiveDefiniteFractionsAreASeriesAndInTheSummary() {
        Results results = run(experiment.parameters().defaults().with("matrixSamples", 2000L).with("resolution", 21L)
                .with("startsPerSide", 2L));

        Series series = results.findSeries(HessianExperiment.POSITIVE_DEFINITE).orElseThrow();
        assertEquals(List.of("n", "fraction", "halfToTheN"), series.columns(), "columns");
        assertEquals(10, series.size(), "one row per dimension 1 .. 10");
        assertEquals(0.125, series.column("halfToTheN")[2], 0.0, "2^-3");
        List<Map<String, Object>> summary = list(results.summary().get(HessianExperiment.POSITIVE_DEFINITE));
        assertEquals(10, summary.size(), "summary rows");
        assertEquals(series.column("fraction")[0], (Double) summary.get(0).get("fraction"), 0.0, "same numbers");
    }

    /** The sample as it ships, read, run and stored in a run folder as the runner does. */
    @Test
    void shippedSampleIsRunnableAndRuns(@TempDir Path folder) throws IOException {
        assertTrue(Files.isRegularFile(SAMPLE), "sample at " + SAMPLE.toAbsolutePath());
        ExperimentCatalog catalog = ExperimentCatalog.of(new ExperimentType("hessian",
                "Critical points and their Hessians", experiment));
        String text = Files.readString(SAMPLE);

        ExperimentFile file = ExperimentFile.read(text, catalog);

        assertTrue(file.isRunnable(), "problems: " + file.problems());
        assertEquals(List.of(), file.problems(), "no warnings either");
        RunContext context = RunContext.collecting();
        RunOutcome outcome = ExperimentRun.execute(experiment, file.values(), context);
        assertEquals(RunStatus.COMPLETED, outcome.status(), "run: " + outcome.message());
        assertEquals(15, list(context.results().summary().get(HessianExperiment.CRITICAL_POINTS)).size(),
                "the sample finds the camel's 15 critical points");
        RunFolder.write(folder, "hessian", text, context.results(), outcome);
        String summary = Files.readString(folder.resolve(RunFolder.SUMMARY));
        assertTrue(summary.contains("\"criticalPoints\"") && summary.contains("\"positiveDefiniteFraction\""),
                "summary.json holds both panels");
        assertTrue(Files.isRegularFile(folder.resolve("points-criticalPoints.csv")), "point set stored");
        assertTrue(Files.isRegularFile(folder.resolve("table-criticalPoints.csv")), "table stored");
    }

    @Test
    void cancelStopsALongSamplingWithinASecond() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        RunContext context = new RunContext(new Results(), ProgressListener.NONE, cancel::get);
        ParameterValues values = experiment.parameters().defaults().with("startsPerSide", 1L)
                .with(LossParameters.RESOLUTION, 11L).with("dimensions", List.of(200.0))
                .with("matrixSamples", 10_000_000L);
        Thread canceller = new Thread(() -> {
            sleepQuietly(200);
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

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Results run(ParameterValues values) {
        RunContext context = RunContext.collecting();
        RunOutcome outcome = ExperimentRun.execute(experiment, values, context);
        assertEquals(RunStatus.COMPLETED, outcome.status(), "run: " + outcome.message());
        return context.results();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
