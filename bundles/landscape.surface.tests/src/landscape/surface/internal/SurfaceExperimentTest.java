/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.experiment.RunContext;
import landscape.framework.files.ExperimentFile;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.results.Grid;
import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.RunStatus;
import landscape.twoparam.LossGrid;
import landscape.twoparam.LossParameters;

/** The surface experiment end to end: the landscape, its slices, trajectories and the shipped sample. */
class SurfaceExperimentTest {

    /**
     * The sample shipped with the feature, read where it lies in the source tree: tests run in
     * their bundle's folder, so the file is tested as it ships, with no copy to drift.
     */
    static final Path SAMPLE = Path.of("..", "..", "features", "landscape.surface.feature", "rootfiles", "samples",
            "surface.experiment");

    /**
     * 100 points with target noise 0.1 move the fitted weights from the teacher's by about
     * 0.1 / sqrt(100) per unit of curvature, and a 121-point grid over [0, 3] has cells of 0.025:
     * the grid minimum is within 0.1 of (1, 1).
     */
    private static final double TEACHER_TOLERANCE = 0.1;

    private final SurfaceExperiment experiment = new SurfaceExperiment();

    /**
     * The tanh unit cannot tell (w1, w2) from (-w1, -w2), so its landscape has two equal minima;
     * the box [0, 3] x [0, 3] keeps the teacher's.
     */
    @Test
    void gridMinimumOfTheTanhUnitIsNearTheTeacherWeights() {
        Results results = run(defaults().with(LossParameters.W1_MIN, 0.0).with(LossParameters.W2_MIN, 0.0)
                .with(LossParameters.RESOLUTION, 121L));

        Map<String, Object> minimum = map(results.summary().get("gridMinimum"));
        List<?> point = (List<?>) minimum.get("point");
        assertEquals(1.0, (Double) point.get(0), TEACHER_TOLERANCE, "w1 of the grid minimum " + minimum);
        assertEquals(1.0, (Double) point.get(1), TEACHER_TOLERANCE, "w2 of the grid minimum " + minimum);
        Grid grid = results.grids().get(0);
        assertEquals(LossGrid.NAME, grid.name(), "grid name");
        assertEquals(121, grid.xs().length, "resolution");
    }

    @Test
    void trajectoriesAreDrawnOnTheLandscapeAndReportedInTheSummary() {
        Results results = run(defaults().with("steps", 300L));

        List<Map<String, Object>> reports = list(results.summary().get("trajectories"));
        assertEquals(3, reports.size(), "one report per start pair of the default");
        for (Map<String, Object> report : reports) {
            assertEquals(Set.of("start", "optimizer", "finalPoint", "finalLoss", "diverged", "steps"),
                    report.keySet(), "keys of " + report);
            assertEquals(false, report.get("diverged"), "a small step converges: " + report);
        }
        Series path = results.findSeries("trajectory-1").orElseThrow();
        assertEquals(LossGrid.NAME, path.attributes().get(Series.PLOT_ON), "drawn on the landscape");
        assertEquals(List.of("step", "loss"), results.findSeries("trajectory-1-loss").orElseThrow().columns(),
                "per-step loss");
        double[] loss = results.findSeries("trajectory-1-loss").orElseThrow().column("loss");
        assertTrue(loss[loss.length - 1] < loss[0], "descent lowers the loss: " + loss[0] + " -> "
                + loss[loss.length - 1]);
        assertEquals(false, results.summary().get("logColourScale"), "the colour scale is recorded");
    }

    @Test
    void aHugeStepDivergesAndIsMarked() {
        Results results = run(defaults().with("stepSize", 1e4).with("starts", List.of(2.5, 2.5)));

        Map<String, Object> report = list(results.summary().get("trajectories")).get(0);
        assertEquals(true, report.get("diverged"), "diverged: " + report);
        assertTrue((Integer) report.get("steps") < 200, "stopped early: " + report);
        assertTrue(Double.isFinite((Double) report.get("finalLoss")), "the last finite loss is reported: " + report);
        assertEquals("true", results.findSeries("trajectory-1").orElseThrow().attributes().get(Series.DIVERGED),
                "the path is marked");
        assertEquals("true", results.findSeries("trajectory-1-loss").orElseThrow().attributes()
                .get(Series.DIVERGED), "the loss series is marked");
    }

    @Test
    void momentumAndAdamRunToo() {
        for (String optimizer : List.of(SurfaceExperiment.MOMENTUM, SurfaceExperiment.ADAM)) {
            Results results = run(defaults().with("optimizer", optimizer).with("stepSize", 0.05));

            Map<String, Object> report = list(results.summary().get("trajectories")).get(2);
            assertEquals(optimizer, report.get("optimizer"), "optimizer in the report");
            assertEquals(false, report.get("diverged"), optimizer + ": " + report);
        }
    }

    @Test
    void slicesCutTheLandscapeThroughTheChosenPoint() {
        Results results = run(defaults().with("slicePoint", List.of(0.5, -1.0)).with(LossParameters.RESOLUTION, 61L));

        Series alongW1 = results.findSeries("slice-w1").orElseThrow();
        Series alongW2 = results.findSeries("slice-w2").orElseThrow();
        Grid grid = results.grids().get(0);
        assertEquals(61, alongW1.size(), "one value per grid column");
        assertEquals(null, alongW1.attributes().get(Series.PLOT_ON), "a slice is a plain curve");
        // The grid row at w2 = -1 is row 20 of 61 on [-3, 3]; the slice along w1 is that row.
        assertArrayEquals(grid.values()[20], alongW1.column("loss"), 1e-12, "slice along w1 at w2 = -1");
        assertEquals(List.of("w2", "loss"), alongW2.columns(), "slice along w2");
    }

    @Test
    void anOddNumberOfStartCoordinatesIsAnError() {
        List<Problem> problems = experiment.parameters().validate(defaults().with("starts", List.of(1.0, 2.0, 3.0)));

        assertEquals(1, problems.size(), "problems: " + problems);
        assertEquals("starts", problems.get(0).field(), "field");
        assertTrue(problems.get(0).message().contains("expected pairs"), problems.get(0).message());
    }

    @Test
    void shippedSampleIsRunnableAndRuns() throws IOException {
        assertTrue(Files.isRegularFile(SAMPLE), "sample at " + SAMPLE.toAbsolutePath());
        ExperimentCatalog catalog = ExperimentCatalog.of(new ExperimentType("surface",
                "Loss surface of a 2-parameter model", experiment));

        ExperimentFile file = ExperimentFile.read(Files.readString(SAMPLE), catalog);

        assertTrue(file.isRunnable(), "problems: " + file.problems());
        assertEquals(List.of(), file.problems(), "no warnings either");
        Results results = run(file.values());
        assertEquals(true, results.summary().get("logColourScale"), "the sample asks for the log scale");
        assertTrue(list(results.summary().get("trajectories")).stream().noneMatch(r -> (Boolean) r.get("diverged")),
                "the sample's paths converge");
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
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
