/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import landscape.charts.AxisScale;
import landscape.charts.HeatmapChart;
import landscape.charts.LineChart;
import landscape.charts.SurfaceView;
import landscape.framework.results.Grid;
import landscape.framework.results.Results;
import landscape.framework.results.ResultsListener;
import landscape.framework.results.Series;
import landscape.framework.runs.RunOutcome;

/**
 * Shows the results of one run, live while it runs: each grid as a contour heatmap (with the
 * paths and points drawn on it) and as a rotatable surface, the metric series in a line chart,
 * tables and the summary. Every chart exports PNG, SVG and CSV from its context menu. Updates are
 * throttled to four a second, so drawing never slows the run.
 */
public final class RunResultsView extends ViewPart {

    /** The view's id in plugin.xml; each run gets its own instance. */
    public static final String ID = "landscape.framework.ui.runResults";

    /** How often a running experiment's charts are redrawn at most. */
    static final int REFRESH_MILLIS = 250;

    /** The summary entry by which an experiment asks for a log colour scale on its grids. */
    public static final String LOG_COLOUR_SCALE = "logColourScale";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final AtomicBoolean changed = new AtomicBoolean();
    private final ResultsListener listener = new ResultsListener() {
        @Override
        public void seriesAppended(Series series) {
            changed.set(true);
        }

        @Override
        public void structureChanged(Results results) {
            changed.set(true);
        }
    };
    private final Action logValues = new Action("Log values", IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            if (lines != null && !lines.isDisposed()) {
                lines.setScales(AxisScale.LINEAR, valueScale());
            }
        }
    };
    private ScrolledComposite scroller;
    private Composite content;
    private Results results;
    private String title = "";
    private String structure = "";
    private final List<HeatmapChart> heatmaps = new ArrayList<>();
    private final List<SurfaceView> surfaces = new ArrayList<>();
    private LineChart lines;
    private Text summary;

    /**
     * Opens a new results view on {@code results}; it follows them as they grow.
     *
     * @return the view; empty when the workbench has no active page or the view cannot open (logged)
     */
    public static Optional<RunResultsView> show(String title, Results results) {
        // The active window is null while another shell (a dialog, another program) has the focus:
        // the results then go to the first workbench window.
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null ? workbench.getActiveWorkbenchWindow()
                : Arrays.stream(workbench.getWorkbenchWindows()).findFirst().orElse(null);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return Optional.empty();
        }
        try {
            IViewPart part = page.showView(ID, Integer.toString(INSTANCES.incrementAndGet()),
                    IWorkbenchPage.VIEW_ACTIVATE);
            RunResultsView view = (RunResultsView) part;
            view.setResults(title, results);
            return Optional.of(view);
        } catch (PartInitException e) {
            ILog.of(RunResultsView.class).log(e.getStatus());
            return Optional.empty();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(1).applyTo(content);
        scroller.setContent(content);
        new Label(content, SWT.NONE).setText("Results appear here while an experiment runs.");

        // A view action rather than a check box in the content, which is rebuilt as results arrive.
        logValues.setChecked(true);
        logValues.setToolTipText("Show the line chart's values on a logarithmic axis");
        getViewSite().getActionBars().getToolBarManager().add(logValues);
        tick();
    }

    /** Shows {@code newResults}, following their changes. */
    public void setResults(String newTitle, Results newResults) {
        if (results != null) {
            results.removeListener(listener);
        }
        results = newResults;
        title = newTitle;
        setPartName(title);
        setContentDescription("Run of " + title);
        results.addListener(listener);
        structure = "";
        changed.set(true);
        refresh();
    }

    /**
     * Says at the top of the view how the run ended: completed, cancelled, or failed with its
     * message, so that a failed run is not mistaken for one that merely stopped drawing.
     */
    public void showOutcome(RunOutcome outcome) {
        if (content == null || content.isDisposed()) {
            return;
        }
        String seconds = String.format(Locale.ROOT, "%.2f s", outcome.seconds());
        setContentDescription(switch (outcome.status()) {
            case COMPLETED -> "Run of " + title + ": completed in " + seconds;
            case CANCELLED -> "Run of " + title + ": cancelled after " + seconds;
            case FAILED -> "Run of " + title + " failed after " + seconds + ": " + outcome.message();
        });
    }

    private void tick() {
        if (content.isDisposed()) {
            return;
        }
        if (changed.getAndSet(false)) {
            refresh();
        }
        content.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    /** Redraws from the results now; for tests, and from the throttled timer. */
    public void refresh() {
        if (results == null || content.isDisposed()) {
            return;
        }
        String now = structureOf(results);
        if (!now.equals(structure)) {
            structure = now;
            rebuild();
        }
        List<Grid> grids = results.grids();
        for (int i = 0; i < grids.size() && i < heatmaps.size(); i++) {
            Grid grid = grids.get(i);
            heatmaps.get(i).setTrajectories(ChartData.trajectories(results, grid));
            heatmaps.get(i).setMarkers(ChartData.markers(results, grid));
            heatmaps.get(i).setGlyphs(ChartData.glyphs(results, grid));
        }
        if (lines != null) {
            lines.setSeries(ChartData.lines(results, ""));
        }
        if (summary != null) {
            summary.setText(SummaryText.of(results.summary()));
        }
    }

    private void rebuild() {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        heatmaps.clear();
        surfaces.clear();
        lines = null;
        for (Grid grid : results.grids()) {
            addGrid(grid);
        }
        if (!ChartData.lines(results, "").isEmpty()) {
            addLines();
        }
        results.tables().forEach(table -> ResultTables.add(content, table));
        addSummary();
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void addGrid(Grid grid) {
        CTabFolder tabs = new CTabFolder(content, SWT.BORDER | SWT.BOTTOM);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 460).applyTo(tabs);

        HeatmapChart heatmap = new HeatmapChart(tabs, SWT.NONE);
        heatmap.setGrid(ChartData.grid(grid));
        heatmap.setTitles(grid.name(), grid.xName(), grid.yName(), grid.valueName());
        heatmap.setColorScale(colourScale(grid));
        heatmap.setEqualScales(grid.sameUnits());
        CTabItem contours = new CTabItem(tabs, SWT.NONE);
        contours.setText("Contours of " + grid.name());
        contours.setControl(heatmap);
        heatmaps.add(heatmap);

        SurfaceView surface = new SurfaceView(tabs, SWT.NONE);
        surface.setGrid(ChartData.grid(grid));
        surface.setAxisTitles(grid.xName(), grid.yName(), grid.valueName());
        CTabItem surfaceTab = new CTabItem(tabs, SWT.NONE);
        surfaceTab.setText("3D surface (drag to turn)");
        surfaceTab.setControl(surface);
        surfaces.add(surface);
        tabs.setSelection(contours);
    }

    /**
     * @return a log colour scale when the experiment asks for one in its summary
     *     ({@value #LOG_COLOUR_SCALE}: true) or, when it says nothing, when every value is positive;
     *     a log scale needs positive values either way
     */
    private AxisScale colourScale(Grid grid) {
        boolean positive = Arrays.stream(grid.values()).flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite).allMatch(v -> v > 0);
        Object asked = results.summary().get(LOG_COLOUR_SCALE);
        boolean log = asked instanceof Boolean wanted ? wanted : positive;
        return log && positive ? AxisScale.LOG : AxisScale.LINEAR;
    }

    private void addLines() {
        lines = new LineChart(content, SWT.NONE);
        lines.setAxisTitles(ChartData.lineAxis(results), "value");
        lines.setScales(AxisScale.LINEAR, valueScale());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 320).applyTo(lines);
    }

    private AxisScale valueScale() {
        return logValues.isChecked() ? AxisScale.LOG : AxisScale.LINEAR;
    }

    private void addSummary() {
        Label title = new Label(content, SWT.NONE);
        title.setText("Summary");
        summary = new Text(content, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
    }

    private static String structureOf(Results results) {
        return results.grids().stream().map(Grid::name).toList() + "|" + !ChartData.lines(results, "").isEmpty()
                + "|" + results.tables().stream().map(t -> t.name() + t.rows().size()).toList();
    }

    /** @return the heatmaps shown, for tests and exports */
    public List<HeatmapChart> heatmaps() {
        return List.copyOf(heatmaps);
    }

    /** @return the line chart, or null when the results have no series of their own */
    public LineChart lineChart() {
        return lines;
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }

    @Override
    public void dispose() {
        if (results != null) {
            results.removeListener(listener);
        }
        super.dispose();
    }
}
