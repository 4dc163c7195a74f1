/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import landscape.framework.runs.RunFolder;
import landscape.framework.ui.SampleExperiment;
import landscape.framework.ui.internal.editor.ExperimentEditor;
import landscape.framework.ui.internal.run.ExperimentRunJob;
import landscape.framework.ui.internal.views.RunResultsView;

/**
 * What the exercises' UI tests do in the workbench as a learner would, and the screenshots they
 * leave: open the window large, run an experiment from its editor, find its results and its run
 * folder, and clean up the samples project.
 */
public final class WorkbenchSteps {

    /** Long enough for a sample run on a slow, shared machine; it takes a few seconds here. */
    public static final long WAIT_MILLIS = 120_000;

    /** Where the tests leave their pictures, inside this module's build folder. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long the screen gets to paint before a screenshot: the charts coalesce their redraws. */
    private static final long SETTLE_MILLIS = 1_000;

    /** The window size of the screenshots: the charts draw at the size they have on screen. */
    private static final Rectangle WINDOW = new Rectangle(0, 0, 1280, 960);

    private WorkbenchSteps() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    public static Shell window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Gives the window the size of the screenshots, so that the charts draw large enough to read. */
    public static void enlargeWindow() {
        window().setBounds(WINDOW);
        processEvents();
    }

    /** Dispatches every event that is queued now. */
    public static void processEvents() {
        Screen.processEvents();
    }

    /** Dispatches events until {@code condition} holds, failing after {@link #WAIT_MILLIS}. */
    public static void waitUntil(BooleanSupplier condition, String what) {
        Screen.waitUntil(condition, what, WAIT_MILLIS);
    }

    /** Waits for every job of {@code family}, then lets their results reach the widgets. */
    public static void join(Object family) throws InterruptedException {
        Job.getJobManager().join(family, null);
        processEvents();
    }

    /** Presses the editor's Run and waits until the run is stored and shown. */
    public static void run(ExperimentEditor editor) throws InterruptedException {
        editor.runExperiment();
        join(ExperimentRunJob.FAMILY);
    }

    /** @return the Run Results view of the latest run, redrawn from its results */
    public static RunResultsView latestResults() {
        RunResultsView view = (RunResultsView) Arrays.stream(page().getViewReferences())
                .filter(r -> r.getId().equals(RunResultsView.ID) && r.getSecondaryId() != null)
                .map(r -> r.getView(true)).reduce((first, second) -> second).orElse(null);
        assertNotNull(view, "a Run Results view is open after the run");
        view.refresh();
        processEvents();
        return view;
    }

    /** @return the folder of the only run of {@code experiment}: runs/<name>/<time>/ beside it */
    public static Path onlyRun(IFile experiment) throws IOException {
        String name = experiment.getName().replaceFirst("\\.experiment$", "");
        Path runs = experiment.getParent().getLocation().toFile().toPath().resolve(RunFolder.RUNS).resolve(name);
        try (Stream<Path> folders = Files.list(runs)) {
            List<Path> all = folders.toList();
            assertEquals(1, all.size(), "runs of " + experiment.getName() + ": " + all);
            return all.get(0);
        }
    }

    /** Writes what the workbench window shows now, as the screen has it, to {@code png}. */
    public static void captureWindow(Path png) throws IOException {
        long end = System.currentTimeMillis() + SETTLE_MILLIS;
        waitUntil(() -> System.currentTimeMillis() > end, "the window has painted");
        window().update();
        Screen.capture(window().getBounds(), png);
    }

    /** Closes the editors and deletes the samples project, runs and all. */
    public static void deleteSamples() throws CoreException {
        page().closeAllEditors(false);
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleExperiment.PROJECT);
        if (samples.exists()) {
            samples.delete(true, true, null);
        }
    }
}
