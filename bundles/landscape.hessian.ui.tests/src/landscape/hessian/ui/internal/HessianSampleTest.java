/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.ui.internal;

import static landscape.testing.WorkbenchSteps.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import landscape.charts.ChartExport;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Table;
import landscape.framework.runs.RunStatus;
import landscape.framework.runs.StoredRun;
import landscape.framework.ui.internal.editor.ExperimentEditor;
import landscape.framework.ui.internal.views.RunResultsView;
import landscape.testing.WorkbenchSteps;

/**
 * The six-hump camel sample as a learner meets it from the High Dimensions view: open it, run it
 * from the editor, and see its 15 critical points of all three kinds on the landscape.
 */
class HessianSampleTest {

    /** The name of the critical points' point set and table in the hessian experiment's results. */
    private static final String CRITICAL_POINTS = "criticalPoints";

    /** The six-hump camel's critical points in [-2, 2] x [-1, 1], by kind. */
    private static final Map<String, Long> CAMEL_POINTS = Map.of("minimum", 6L, "saddle", 7L, "maximum", 2L);

    /** A heatmap of the view's size with contours and markers is far above this. */
    private static final long MIN_PNG_BYTES = 20_000;

    /** The sample as the feature ships it, from this module's folder in the source tree. */
    private static final Path FEATURE_SAMPLE = Path.of("..", "..", "features", "landscape.hessian.feature",
            "rootfiles", "samples", "hessian.experiment");

    private HighDimensionsView view;

    @BeforeEach
    void showView() throws Exception {
        WorkbenchSteps.deleteSamples();
        WorkbenchSteps.enlargeWindow();
        view = (HighDimensionsView) page().showView(HighDimensionsView.ID);
    }

    @AfterEach
    void deleteSamples() throws Exception {
        page().hideView(view);
        WorkbenchSteps.deleteSamples();
    }

    @Test
    void bundledSampleIsTheFeaturesSample() throws Exception {
        assertArrayEquals(Files.readAllBytes(FEATURE_SAMPLE), HighDimensionsView.SAMPLE.shippedBytes(),
                "samples/hessian.experiment of landscape.hessian.ui must equal " + FEATURE_SAMPLE);
    }

    @Test
    void sampleRunShowsFifteenCriticalPointsOfAllThreeKinds() throws Exception {
        ExperimentEditor editor = (ExperimentEditor) view.openSample();
        IFile file = editor.file();
        assertEquals("/samples/hessian.experiment", file.getFullPath().toString(), "where the sample is created");
        assertArrayEquals(HighDimensionsView.SAMPLE.shippedBytes(), file.getContents().readAllBytes(),
                "the workspace copy is the shipped sample");

        WorkbenchSteps.run(editor);
        RunResultsView results = WorkbenchSteps.latestResults();
        assertEquals(1, results.heatmaps().size(), "the landscape is drawn as one heatmap");

        StoredRun run = StoredRun.read(WorkbenchSteps.onlyRun(file));
        assertEquals(RunStatus.COMPLETED, run.outcome().status(), "run status: " + run.outcome().message());
        assertEquals(CAMEL_POINTS, kinds(run.results()), "critical points marked on the heatmap, by kind");
        Table table = run.results().tables().stream().filter(t -> t.name().equals(CRITICAL_POINTS)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + CRITICAL_POINTS + " in the run"));
        assertEquals(15, table.rows().size(), "rows of the table " + CRITICAL_POINTS);

        Path png = WorkbenchSteps.SCREENSHOTS.resolve("hessian-critical-points.png");
        Files.createDirectories(png.getParent());
        ChartExport.writePng(results.heatmaps().get(0), png);
        assertTrue(Files.size(png) > MIN_PNG_BYTES, "exported heatmap " + png + " has " + Files.size(png) + " bytes");
        WorkbenchSteps.captureWindow(WorkbenchSteps.SCREENSHOTS.resolve("hessian-window.png"));
    }

    @Test
    void openingTheSampleAgainKeepsTheLearnersEdits() throws Exception {
        IFile file = HighDimensionsView.SAMPLE.create();
        byte[] edited = "{\"kind\": \"hessian\"}\n".getBytes(StandardCharsets.UTF_8);
        file.setContents(new ByteArrayInputStream(edited), true, false, null);

        ExperimentEditor editor = (ExperimentEditor) view.openSample();

        assertEquals(file, editor.file(), "the workspace's sample is opened");
        assertArrayEquals(edited, file.getContents().readAllBytes(), "and keeps the learner's edits");
    }

    private static Map<String, Long> kinds(Results results) {
        PointSet points = results.pointSets().stream().filter(p -> p.name().equals(CRITICAL_POINTS)).findFirst()
                .orElseThrow(() -> new AssertionError("no point set " + CRITICAL_POINTS + " in the run"));
        return points.points().stream().collect(Collectors.groupingBy(Point::category, TreeMap::new,
                Collectors.counting()));
    }
}
