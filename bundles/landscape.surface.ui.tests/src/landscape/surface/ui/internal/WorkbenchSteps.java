/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import landscape.framework.runs.RunFolder;
import landscape.framework.ui.SampleExperiment;
import landscape.framework.ui.internal.editor.ExperimentEditor;
import landscape.framework.ui.internal.run.ExperimentRunJob;
import landscape.framework.ui.internal.views.RunResultsView;

/** What the UI tests do in the workbench as a learner would, and the screenshots they leave. */
final class WorkbenchSteps {

    /** Long enough for a sample run on a slow, shared machine; it takes a few seconds here. */
    static final long WAIT_MILLIS = 120_000;

    /** Where the tests leave their pictures, inside this module's build folder. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long the screen gets to paint before a screenshot: the charts coalesce their redraws. */
    private static final long SETTLE_MILLIS = 1_000;

    /** The window size of the screenshots: the charts draw at the size they have on screen. */
    private static final Rectangle WINDOW = new Rectangle(0, 0, 1280, 960);

    private WorkbenchSteps() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Gives the window the size of the screenshots, so that the charts draw large enough to read. */
    static void enlargeWindow() {
        window().setBounds(WINDOW);
        processEvents();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting until " + what);
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    /** Waits for every job of {@code family}, then lets their results reach the widgets. */
    static void join(Object family) throws InterruptedException {
        Job.getJobManager().join(family, null);
        processEvents();
    }

    /** Presses the editor's Run and waits until the run is stored and shown. */
    static void run(ExperimentEditor editor) throws InterruptedException {
        editor.runExperiment();
        join(ExperimentRunJob.FAMILY);
    }

    /** @return the Run Results view of the latest run, redrawn from its results */
    static RunResultsView latestResults() {
        RunResultsView view = (RunResultsView) Arrays.stream(page().getViewReferences())
                .filter(r -> r.getId().equals(RunResultsView.ID) && r.getSecondaryId() != null)
                .map(r -> r.getView(true)).reduce((first, second) -> second).orElse(null);
        assertNotNull(view, "a Run Results view is open after the run");
        view.refresh();
        processEvents();
        return view;
    }

    /** @return the folder of the only run of {@code experiment}: runs/<name>/<time>/ beside it */
    static Path onlyRun(IFile experiment) throws IOException {
        String name = experiment.getName().replaceFirst("\\.experiment$", "");
        Path runs = experiment.getParent().getLocation().toFile().toPath().resolve(RunFolder.RUNS).resolve(name);
        try (Stream<Path> folders = Files.list(runs)) {
            List<Path> all = folders.toList();
            assertEquals(1, all.size(), "runs of " + experiment.getName() + ": " + all);
            return all.get(0);
        }
    }

    /** Writes what the workbench window shows now, as the screen has it, to {@code png}. */
    static void captureWindow(Path png) throws IOException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + SETTLE_MILLIS;
        waitUntil(() -> System.currentTimeMillis() > end, "the window has painted");
        window().update();
        Rectangle bounds = window().getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(png.getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Closes the editors and deletes the samples project, runs and all. */
    static void deleteSamples() throws CoreException {
        page().closeAllEditors(false);
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleExperiment.PROJECT);
        if (samples.exists()) {
            samples.delete(true, true, null);
        }
    }
}
