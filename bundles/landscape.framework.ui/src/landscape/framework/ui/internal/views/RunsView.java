/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import landscape.framework.results.Results;
import landscape.framework.runs.RunFolder;
import landscape.framework.runs.RunOutcome;
import landscape.framework.runs.StoredRun;

/**
 * Lists the runs stored in the workspace (the runs/ folders beside experiment files), newest
 * first: open one to see its charts again, compare several to overlay their series, or delete
 * them.
 */
public final class RunsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "landscape.framework.ui.runs";

    /** A run in the list: its folder in the workspace and how it went; its results load on demand. */
    public record Entry(IFolder folder, RunOutcome outcome) {

        StoredRun load() throws IOException {
            return StoredRun.read(location(folder));
        }
    }

    /** How long the view waits after a workspace change before it looks for runs again. */
    private static final int REFRESH_DELAY_MILLIS = 500;

    private final Runnable refresh = this::refresh;

    private TableViewer viewer;
    private final IResourceChangeListener changes = event -> {
        if (event.getDelta() != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.getControl().getDisplay().timerExec(REFRESH_DELAY_MILLIS, refresh);
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns.add(viewer, Entry.class, "Experiment", 160, e -> e.folder().getParent().getName());
        TextColumns.add(viewer, Entry.class, "Started", 150, RunsView::started);
        TextColumns.add(viewer, Entry.class, "Status", 90, e -> e.outcome().status().name().toLowerCase(Locale.ROOT));
        TextColumns.add(viewer, Entry.class, "Seconds", 70, RunsView::seconds);
        TextColumns.add(viewer, Entry.class, "Message", 240, e -> e.outcome().message());
        TextColumns.add(viewer, Entry.class, "Folder", 260, e -> e.folder().getFullPath().toString());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> open());

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(action("Open", "Show the charts of the selected runs", this::open));
        toolBar.add(action("Compare", "Overlay the series of the selected runs in one chart", this::compare));
        toolBar.add(action("Delete", "Delete the selected runs' folders", this::delete));
        toolBar.add(action("Refresh", "Look for runs again", this::refresh));

        ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
        refresh();
    }

    private static String started(Entry entry) {
        return entry.outcome().started().toString().replace('T', ' ').replace("Z", " UTC");
    }

    private static String seconds(Entry entry) {
        return String.format(Locale.ROOT, "%.2f", entry.outcome().seconds());
    }

    private static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    /** Looks for runs in every open project again. */
    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (project.isOpen()) {
                    collect(project, entries);
                }
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        entries.sort(Comparator.comparing((Entry e) -> e.outcome().started()).reversed());
        viewer.setInput(entries);
    }

    private static void collect(IContainer container, List<Entry> entries) throws CoreException {
        for (IResource member : container.members()) {
            if (!(member instanceof IContainer child)) {
                continue;
            }
            if (member.getName().equals(RunFolder.RUNS)) {
                collectRuns(child, entries);
            } else if (!member.getName().startsWith(".")) {
                collect(child, entries);
            }
        }
    }

    private static void collectRuns(IContainer runs, List<Entry> entries) throws CoreException {
        for (IResource experiment : runs.members()) {
            if (!(experiment instanceof IContainer folder)) {
                continue;
            }
            for (IResource run : folder.members()) {
                if (run instanceof IFolder runFolder && runFolder.getFile(RunFolder.SUMMARY).exists()) {
                    read(runFolder).ifPresent(entries::add);
                }
            }
        }
    }

    private static Optional<Entry> read(IFolder folder) {
        try {
            return Optional.of(new Entry(folder, StoredRun.readOutcome(location(folder))));
        } catch (IOException e) {
            // A folder someone edited by hand is listed nowhere, but the error log says why.
            ILog.of(RunsView.class).warn("Run folder " + folder.getFullPath() + " is not readable: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Path location(IFolder folder) {
        return folder.getLocation().toFile().toPath();
    }

    private List<Entry> selection() {
        return viewer.getStructuredSelection().toList().stream().map(Entry.class::cast).toList();
    }

    private void open() {
        for (Entry entry : selection()) {
            try {
                RunResultsView.show(entry.folder().getParent().getName() + " " + entry.folder().getName(),
                        entry.load().results()).ifPresent(view -> view.showOutcome(entry.outcome()));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Open run", e.getMessage());
            }
        }
    }

    private void compare() {
        List<Entry> selected = selection();
        if (selected.size() < 2) {
            MessageDialog.openInformation(getSite().getShell(), "Compare runs", "Select two or more runs to compare.");
            return;
        }
        List<StoredRun> runs = new ArrayList<>();
        try {
            for (Entry entry : selected) {
                runs.add(entry.load());
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Compare runs", e.getMessage());
            return;
        }
        Results overlay = RunComparison.overlay(runs);
        RunResultsView.show("Comparison of " + selected.size() + " runs", overlay);
    }

    private void delete() {
        List<Entry> selected = selection();
        if (selected.isEmpty() || !MessageDialog.openConfirm(getSite().getShell(), "Delete runs",
                "Delete the folders of " + selected.size() + " run(s)? This cannot be undone.")) {
            return;
        }
        for (Entry entry : selected) {
            try {
                entry.folder().delete(true, null);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
                MessageDialog.openError(getSite().getShell(), "Delete runs", e.getMessage());
            }
        }
        refresh();
    }

    /** @return the runs listed, for tests */
    public List<Entry> entries() {
        @SuppressWarnings("unchecked")
        List<Entry> input = (List<Entry>) viewer.getInput();
        return input == null ? List.of() : input;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
        super.dispose();
    }
}
