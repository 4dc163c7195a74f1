/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.experiment.RunContext;
import landscape.framework.files.ExperimentFile;
import landscape.framework.files.ExperimentSource;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.runs.RunStatus;
import landscape.framework.runs.StoredRun;

/**
 * A plug-in's experiment that throws in the middle of its run, run in the workbench beside
 * another run: its own run fails with the exception's message and is stored as failed, while
 * the other run, the workbench and the next run all go on.
 */
class ExperimentRunJobTest {

    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch otherStarted = new CountDownLatch(1);
    private final CountDownLatch thrown = new CountDownLatch(1);
    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("failing-run-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void throwingExperimentFailsOnlyItsOwnRun() throws Exception {
        ExperimentType throwing = new ExperimentType("throwing", "Throwing experiment", new Throwing());
        ExperimentType other = new ExperimentType("other", "Other experiment", new WaitsForTheThrow());
        ExperimentCatalog catalog = ExperimentCatalog.of(throwing, other);

        ExperimentRunJob failing = job("throwing.experiment", throwing, catalog);
        ExperimentRunJob going = job("other.experiment", other, catalog);
        going.schedule();
        failing.schedule();
        join(failing);
        join(going);

        assertEquals(RunStatus.FAILED, failing.outcome().status(), "the throwing run failed");
        assertEquals("the experiment failed with java.lang.IllegalStateException: the landscape broke at step 3",
                failing.outcome().message(), "its message names the exception");
        assertEquals(IStatus.ERROR, failing.getResult().getSeverity(), "the job reports an error");
        assertTrue(failing.getResult().getMessage().contains("the landscape broke at step 3"),
                "the job's status carries the message: " + failing.getResult().getMessage());

        String description = failing.liveView().orElseThrow().getContentDescription();
        assertTrue(description.startsWith("Run of throwing.experiment failed after ")
                && description.endsWith(": " + failing.outcome().message()),
                "the run's results view says that it failed, and why: " + description);

        StoredRun stored = StoredRun.read(failing.folder());
        assertEquals(RunStatus.FAILED, stored.outcome().status(), "the failed run is stored as failed");
        assertEquals(2, stored.results().series().get(0).size(), "with the two points it recorded before it threw");

        assertEquals(RunStatus.COMPLETED, going.outcome().status(),
                "the run that was going on when the other threw completed: " + going.outcome().message());
        assertEquals(1.0, going.results().summary().get("sawTheThrow"), "it was running while the other threw");
        assertTrue(going.liveView().orElseThrow().getContentDescription().contains(": completed in "),
                "its view says it completed: " + going.liveView().orElseThrow().getContentDescription());

        assertNotNull(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), "the workbench window is still open");
        ExperimentRunJob next = job("next.experiment", other, catalog);
        next.schedule();
        join(next);
        assertEquals(RunStatus.COMPLETED, next.outcome().status(), "a run started afterwards completes");
    }

    private ExperimentRunJob job(String name, ExperimentType type, ExperimentCatalog catalog) throws CoreException {
        ParameterSet parameters = type.experiment().parameters();
        String text = ExperimentSource.create(type.kind(), parameters, parameters.defaults());
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return new ExperimentRunJob(file, text, ExperimentFile.read(text, catalog));
    }

    private static void join(Job job) throws InterruptedException {
        long end = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(WAIT_SECONDS);
        while (job.getState() != Job.NONE || job.getResult() == null) {
            assertTrue(System.currentTimeMillis() < end, job.getName() + " did not end in " + WAIT_SECONDS + " s");
            processEvents();
            Thread.sleep(10);
        }
        processEvents();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    private static ParameterSet steps() {
        return ParameterSet.builder()
                .add(Parameter.integer("steps").range(1, 100).defaultValue(5).help("How many steps."))
                .build();
    }

    /** Records two points once the other run is going, then throws as a buggy plug-in would. */
    private final class Throwing implements Experiment {

        @Override
        public String description() {
            return "Throws at its third step.";
        }

        @Override
        public ParameterSet parameters() {
            return steps();
        }

        @Override
        public void run(ParameterValues values, RunContext context) {
            await(otherStarted, "the other run to start");
            var loss = context.results().series("loss", "step", "loss");
            try {
                for (int step = 1; step <= values.integer("steps"); step++) {
                    if (step == 3) {
                        throw new IllegalStateException("the landscape broke at step " + step);
                    }
                    loss.append(step, 1.0 / step);
                }
            } finally {
                thrown.countDown();
            }
        }
    }

    /** Keeps running until the throwing experiment has thrown, then finishes normally. */
    private final class WaitsForTheThrow implements Experiment {

        @Override
        public String description() {
            return "Runs until the other experiment has thrown.";
        }

        @Override
        public ParameterSet parameters() {
            return steps();
        }

        @Override
        public void run(ParameterValues values, RunContext context) {
            otherStarted.countDown();
            boolean sawTheThrow = await(thrown, "the other experiment to throw");
            context.results().summary("sawTheThrow", sawTheThrow ? 1.0 : 0.0);
        }
    }

    private static boolean await(CountDownLatch latch, String what) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
