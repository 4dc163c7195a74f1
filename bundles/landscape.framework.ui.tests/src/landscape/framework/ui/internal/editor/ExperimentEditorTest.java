/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import landscape.charts.ChartExport;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.files.ExperimentSource;
import landscape.framework.registry.ExperimentRegistry;
import landscape.framework.runs.RunStatus;
import landscape.framework.ui.internal.run.ExperimentRunJob;
import landscape.framework.ui.internal.views.RunResultsView;
import landscape.framework.ui.internal.views.RunsView;

/**
 * The experiment editor as a user works with it, in a real workbench: open a file, change a
 * value in the form, see a wrong value become a marker on its line, fix it, save, undo, run, and
 * find the run in the Runs view with its charts.
 */
class ExperimentEditorTest {

    /** Long enough for a run of the bowl on a slow machine; it takes a fraction of a second here. */
    private static final long WAIT_MILLIS = 60_000;

    private IProject project;
    private IFile file;
    private ExperimentEditor editor;

    @TempDir
    Path exports;

    @BeforeEach
    void openBowlExperiment() throws CoreException {
        ExperimentType bowl = ExperimentRegistry.platform().find("bowl").orElseThrow();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        file = project.getFile("bowl.experiment");
        String text = ExperimentSource.create("bowl", bowl.experiment().parameters(),
                bowl.experiment().parameters().defaults());
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

        editor = (ExperimentEditor) IDE.openEditor(page(), file, ExperimentEditor.ID);
        processEvents();
    }

    @AfterEach
    void closeAndDelete() throws CoreException {
        page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void formEditChangesOnlyThatValueInTheTextAndUndoRestoresIt() {
        String before = editor.document().get();

        type("conditionNumber", "20");

        assertEquals(before.replace("\"conditionNumber\": 10,", "\"conditionNumber\": 20,"), editor.document().get(),
                "the text after a form edit");
        assertTrue(editor.isDirty(), "the editor is dirty");

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals(before, editor.document().get(), "Edit > Undo on the Overview page undoes the form edit");
    }

    @Test
    void invalidValueBecomesAMarkerOnItsLineAndGoesAwayWhenFixed() throws CoreException, IOException {
        type("conditionNumber", "0.5");
        editor.recheck();
        waitForMarkers();

        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, "one marker: " + Arrays.toString(markers));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1), "severity");
        assertEquals(4, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), "line of conditionNumber");
        assertEquals("conditionNumber: 0.5 is out of range; expected a number from 1 to 1000000",
                markers[0].getAttribute(IMarker.MESSAGE, ""), "message");

        type("conditionNumber", "30");
        editor.recheck();
        waitForMarkers();
        editor.doSave(new NullProgressMonitor());

        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "no markers");
        assertFalse(editor.isDirty(), "saved");
        assertTrue(Files.readString(location(file)).contains("\"conditionNumber\": 30,"), "saved text on disk");
    }

    @Test
    void mistypedTextIsKeptInTheFileAndReported() throws IOException {
        type("steps", "many");
        editor.recheck();
        editor.doSave(new NullProgressMonitor());

        assertTrue(Files.readString(location(file)).contains("\"steps\": \"many\""), "what the user typed is saved");
        assertTrue(editor.current().errors().get(0).message().startsWith("steps: \"many\" is not valid"),
                "and reported: " + editor.current().errors());
    }

    @Test
    void invalidFileSavesAndReopensUnchanged() throws Exception {
        type("conditionNumber", "-7");
        editor.doSave(new NullProgressMonitor());
        String saved = Files.readString(location(file));
        page().closeAllEditors(false);

        editor = (ExperimentEditor) IDE.openEditor(page(), file, ExperimentEditor.ID);
        processEvents();

        assertEquals(saved, editor.document().get(), "the reopened text is the saved text, character for character");
        assertTrue(saved.contains("\"conditionNumber\": -7,"), "the invalid value was saved as typed");
        assertFalse(editor.current().isRunnable(), "and is still reported: " + editor.current().problems());
    }

    @Test
    void runStoresItsFolderShowsChartsAndAppearsInTheRunsView() throws Exception {
        type("steps", "50");
        editor.runExperiment();
        Job.getJobManager().join(ExperimentRunJob.FAMILY, null);
        processEvents();

        IResource runs = project.findMember("runs/bowl");
        assertNotNull(runs, "runs/bowl exists beside the experiment");
        RunsView view = (RunsView) page().showView(RunsView.ID);
        waitUntil(() -> !view.entries().isEmpty(), "the Runs view lists the run");
        assertEquals(RunStatus.COMPLETED, view.entries().get(0).outcome().status(), "status of the listed run");

        RunResultsView results = (RunResultsView) Arrays.stream(page().getViewReferences())
                .filter(r -> r.getId().equals(RunResultsView.ID) && r.getSecondaryId() != null)
                .map(r -> r.getView(true)).reduce((first, second) -> second).orElseThrow();
        results.refresh();
        assertEquals(1, results.heatmaps().size(), "the landscape is drawn");
        Path png = exports.resolve("landscape.png");
        ChartExport.writePng(results.heatmaps().get(0), png);
        assertTrue(Files.size(png) > 1000, "exported PNG of " + Files.size(png) + " bytes");
    }

    private void type(String parameter, String text) {
        ParameterField field = editor.overview().field(parameter).orElseThrow();
        ((Text) field.input()).setText(text);
        processEvents();
    }

    private static void waitForMarkers() {
        try {
            Job.getJobManager().join(ProblemMarkers.FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static Path location(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting until " + what);
            processEvents();
            Thread.onSpinWait();
        }
    }
}
