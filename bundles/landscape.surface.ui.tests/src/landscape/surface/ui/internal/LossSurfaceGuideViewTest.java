/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.ui.internal;

import static landscape.testing.WorkbenchSteps.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import landscape.charts.ChartExport;
import landscape.framework.results.Series;
import landscape.framework.runs.RunStatus;
import landscape.framework.runs.StoredRun;
import landscape.framework.ui.internal.editor.ExperimentEditor;
import landscape.framework.ui.internal.views.RunResultsView;
import landscape.testing.WorkbenchSteps;

/**
 * The Loss Surface Guide as a learner follows it: open the sample from the guide, run it from the
 * editor, and see the landscape with the three descent paths on it; restore the sample after edits.
 */
class LossSurfaceGuideViewTest {

    /** The sample's three starts, each a path of gradient descent drawn on the landscape. */
    private static final List<String> PATHS = List.of("trajectory-1", "trajectory-2", "trajectory-3");

    /** A heatmap of the view's size with contours and paths is far above this. */
    private static final long MIN_PNG_BYTES = 20_000;

    /** The sample as the feature ships it, from this module's folder in the source tree. */
    private static final Path FEATURE_SAMPLE = Path.of("..", "..", "features", "landscape.surface.feature",
            "rootfiles", "samples", "surface.experiment");

    private LossSurfaceGuideView view;

    @BeforeEach
    void showGuide() throws Exception {
        WorkbenchSteps.deleteSamples();
        WorkbenchSteps.enlargeWindow();
        view = (LossSurfaceGuideView) page().showView(LossSurfaceGuideView.ID);
    }

    @AfterEach
    void deleteSamples() throws Exception {
        page().hideView(view);
        WorkbenchSteps.deleteSamples();
    }

    @Test
    void bundledSampleIsTheFeaturesSample() throws Exception {
        assertArrayEquals(Files.readAllBytes(FEATURE_SAMPLE), LossSurfaceGuideView.SAMPLE.shippedBytes(),
                "samples/surface.experiment of landscape.surface.ui must equal " + FEATURE_SAMPLE);
    }

    @Test
    void sampleFromTheGuideRunsAndShowsTheLandscapeWithItsPaths() throws Exception {
        WorkbenchSteps.captureWindow(WorkbenchSteps.SCREENSHOTS.resolve("surface-guide-window.png"));
        ExperimentEditor editor = (ExperimentEditor) view.openSample();
        IFile file = editor.file();
        assertEquals("/samples/surface.experiment", file.getFullPath().toString(), "where the sample is created");
        assertArrayEquals(LossSurfaceGuideView.SAMPLE.shippedBytes(), file.getContents().readAllBytes(),
                "the workspace copy is the shipped sample");

        WorkbenchSteps.run(editor);
        RunResultsView results = WorkbenchSteps.latestResults();
        assertEquals(1, results.heatmaps().size(), "the landscape is drawn as one heatmap");

        StoredRun run = StoredRun.read(WorkbenchSteps.onlyRun(file));
        assertEquals(RunStatus.COMPLETED, run.outcome().status(), "run status: " + run.outcome().message());
        String landscape = run.results().grids().get(0).name();
        for (String path : PATHS) {
            Series series = run.results().findSeries(path)
                    .orElseThrow(() -> new AssertionError("no path " + path + " in " + run.results().series()));
            assertEquals(landscape, series.attributes().get(Series.PLOT_ON), path + " is drawn on the landscape");
        }

        Path png = WorkbenchSteps.SCREENSHOTS.resolve("surface-landscape.png");
        Files.createDirectories(png.getParent());
        ChartExport.writePng(results.heatmaps().get(0), png);
        assertTrue(Files.size(png) > MIN_PNG_BYTES, "exported heatmap " + png + " has " + Files.size(png) + " bytes");
        WorkbenchSteps.captureWindow(WorkbenchSteps.SCREENSHOTS.resolve("surface-window.png"));
    }

    @Test
    void openKeepsTheLearnersEditsAndRestoreBringsBackTheShippedText() throws Exception {
        IFile file = LossSurfaceGuideView.SAMPLE.create();
        byte[] edited = "{\"kind\": \"surface\"}\n".getBytes(StandardCharsets.UTF_8);
        file.setContents(new ByteArrayInputStream(edited), true, false, null);

        view.openSample();
        assertArrayEquals(edited, file.getContents().readAllBytes(), "Open keeps the learner's edits");

        page().closeAllEditors(false);
        ExperimentEditor editor = (ExperimentEditor) view.restoreSample();
        assertEquals(file, editor.file(), "the restored sample is opened");
        assertArrayEquals(LossSurfaceGuideView.SAMPLE.shippedBytes(), file.getContents().readAllBytes(),
                "Restore puts the shipped text back");
    }
}
