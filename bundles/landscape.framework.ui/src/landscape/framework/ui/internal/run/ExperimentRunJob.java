/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.experiment.ProgressListener;
import landscape.framework.experiment.RunContext;
import landscape.framework.files.ExperimentFile;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.results.Results;
import landscape.framework.runs.ExperimentRun;
import landscape.framework.runs.RunFolder;
import landscape.framework.runs.RunOutcome;
import landscape.framework.ui.internal.views.RunResultsView;

/**
 * Runs an experiment in the background: progress and Cancel in the Progress view, results shown
 * live in a Run results view, and the finished run stored beside the experiment file under
 * runs/, exactly as the headless runner stores it.
 */
public final class ExperimentRunJob extends Job {

    /** Progress is reported in this many ticks. */
    private static final int TICKS = 1000;

    /** The family of all experiment runs, for tests and for waiting on them. */
    public static final Object FAMILY = ExperimentRunJob.class;

    private final IFile file;
    private final String text;
    private final ExperimentType type;
    private final ParameterValues values;
    private final Results results = new Results();
    private volatile Path folder;
    private volatile RunOutcome outcome;
    /** The view that follows this run; touched on the UI thread only. */
    private RunResultsView live;

    /**
     * @param file the experiment file; its runs go beside it
     * @param text the text that runs (the editor's, saved or not), stored as the run's config
     * @param experiment the checked text; it must be runnable
     */
    public ExperimentRunJob(IFile file, String text, ExperimentFile experiment) {
        super("Running " + file.getName());
        if (!experiment.isRunnable()) {
            throw new IllegalArgumentException(file.getName() + " has errors and cannot run: " + experiment.errors());
        }
        this.file = file;
        this.text = text;
        this.type = experiment.type().orElseThrow();
        this.values = experiment.values();
        setUser(true);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        showLive();
        RunContext context = new RunContext(results, new MonitorProgress(monitor), monitor::isCanceled);

        outcome = ExperimentRun.execute(type.experiment(), values, context);
        showOutcome(outcome);

        try {
            folder = RunFolder.newFolderFor(file.getLocation().toFile().toPath(), outcome);
            RunFolder.write(folder, type.kind(), text, results, outcome);
            refreshRuns();
        } catch (IOException | CoreException e) {
            return Status.error("The results of " + file.getName() + " could not be written to " + folder, e);
        } finally {
            monitor.done();
        }
        String message = type.name() + ": " + outcome.message();
        outcome.error().ifPresent(e -> ILog.of(getClass()).log(Status.error(message, e)));
        return switch (outcome.status()) {
            case COMPLETED -> Status.OK_STATUS;
            case CANCELLED -> Status.CANCEL_STATUS;
            case FAILED -> Status.error(type.name() + " failed: " + outcome.message());
        };
    }

    private void showLive() {
        inUi(() -> live = RunResultsView.show(file.getName(), results).orElse(null));
    }

    private void showOutcome(RunOutcome ended) {
        inUi(() -> {
            if (live != null) {
                live.showOutcome(ended);
            }
        });
    }

    /** Runs {@code step} on the UI thread after what was queued before it, if there is a workbench. */
    private static void inUi(Runnable step) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(step);
        }
    }

    private void refreshRuns() throws CoreException {
        IContainer parent = file.getParent();
        IResource runs = parent.findMember(RunFolder.RUNS);
        (runs != null ? runs : parent).refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    /** @return the results, filled while the run goes on */
    public Results results() {
        return results;
    }

    /** @return the view that follows this run, once it is open; call on the UI thread */
    public Optional<RunResultsView> liveView() {
        return Optional.ofNullable(live);
    }

    /** @return the run's folder once it is written */
    public Path folder() {
        return folder;
    }

    /** @return how the run ended, once it has */
    public RunOutcome outcome() {
        return outcome;
    }

    /**
     * Turns fractions of the run into ticks of a progress monitor, passing the message on at most
     * ten times a second so that a fast experiment does not wait for the progress display.
     */
    private static final class MonitorProgress implements ProgressListener {

        private static final long MESSAGE_INTERVAL_NANOS = 100_000_000L;

        private final IProgressMonitor monitor;
        private int reported;
        private long lastMessage = Long.MIN_VALUE;

        MonitorProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public synchronized void progress(double fraction, String message) {
            int ticks = (int) Math.round(fraction * TICKS);
            if (ticks > reported) {
                monitor.worked(ticks - reported);
                reported = ticks;
            }
            long now = System.nanoTime();
            if (lastMessage == Long.MIN_VALUE || now - lastMessage >= MESSAGE_INTERVAL_NANOS) {
                lastMessage = now;
                monitor.subTask(message);
            }
        }
    }
}
