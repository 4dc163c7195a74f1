/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.statushandlers.StatusManager;

import landscape.charts.AxisScale;
import landscape.charts.LineChart;
import landscape.charts.Series;
import landscape.framework.ui.SampleExperiment;

/**
 * Why critical points in many dimensions are mostly saddles: the measured fraction of positive
 * definite random symmetric matrices against their dimension n, beside 2^-n, the fraction were
 * the signs of the eigenvalues independent coin flips, on a log axis. The chart's context menu
 * exports PNG, SVG and CSV. A button opens the six-hump camel sample, the two-dimensional picture.
 */
public final class HighDimensionsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "landscape.hessian.ui.highDimensions";

    /**
     * The largest dimension offered: the fraction there is far below one in ten million, so even the
     * most samples find none, and the chart shows where sampling runs out.
     */
    static final int MAX_DIMENSION = 12;

    /** The dimension shown first: far enough for the gap to 2^-n to be plain. */
    static final int DEFAULT_DIMENSION = 6;

    /** Samples per n, as in the sample experiment: a fraction p is known to about sqrt(p / 20000). */
    static final int DEFAULT_SAMPLES = 20_000;

    /** The most samples per n: enough to measure fractions near 1e-6, at minutes of work per large n. */
    static final int MAX_SAMPLES = 10_000_000;

    /** The seed of the sample experiment, so that both show the same fractions. */
    static final int DEFAULT_SEED = 1;

    /** The legend name of the measured fractions. */
    static final String MEASURED = "measured fraction positive definite";

    /** The legend name of 2^-n. */
    static final String COIN_FLIPS = "2^-n (independent signs)";

    /** The sample experiment this view opens. */
    static final SampleExperiment SAMPLE = new SampleExperiment(HighDimensionsView.class, "hessian.experiment");

    static final String EXPLANATION = "What to look for. A critical point is a minimum only when every"
            + " eigenvalue of its Hessian is positive. Take a random symmetric matrix of size n as a stand-in"
            + " for a Hessian and count how often that happens. If each eigenvalue were positive or negative"
            + " by its own coin flip, the answer would be 2^-n, the straight line on this log axis. The"
            + " measured fraction starts at 1/2 for n = 1 and then bends away below that line: the eigenvalues"
            + " of a random matrix push each other apart, so having all of them on one side of zero is far"
            + " rarer than independent flips (it falls roughly like exp(-c n^2)). A network has thousands to"
            + " millions of parameters, so nearly every critical point it meets is a saddle, with some"
            + " direction still leading down. Where the measured line stops, no sample was positive"
            + " definite: a fraction p needs several times 1/p samples to show up at all.";

    private static final int EXPLANATION_WIDTH_HINT = 300;
    private static final int CHART_HEIGHT_HINT = 320;
    private static final int SAMPLES_INCREMENT = 1000;

    private Spinner largest;
    private Spinner samples;
    private Spinner seed;
    private Button compute;
    private Button cancel;
    private Label status;
    private LineChart chart;
    private volatile PositiveDefiniteSweep running;
    private Display display;
    /** How many sweeps this view has started; read and written on the display thread only. */
    private int sweeps;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(1).applyTo(parent);
        createInputs(parent);

        status = new Label(parent, SWT.WRAP);
        status.setText("Press Compute to sample random symmetric matrices.");
        GridDataFactory.fillDefaults().grab(true, false).hint(EXPLANATION_WIDTH_HINT, SWT.DEFAULT).applyTo(status);

        chart = new LineChart(parent, SWT.NONE);
        chart.setAxisTitles("dimension n", "fraction positive definite");
        chart.setScales(AxisScale.LINEAR, AxisScale.LOG);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, CHART_HEIGHT_HINT).applyTo(chart);

        Label explanation = new Label(parent, SWT.WRAP);
        explanation.setText(EXPLANATION);
        GridDataFactory.fillDefaults().grab(true, false).hint(EXPLANATION_WIDTH_HINT, SWT.DEFAULT)
                .applyTo(explanation);

        Button sample = new Button(parent, SWT.PUSH);
        sample.setText("Open the six-hump camel sample");
        sample.setToolTipText("The two-dimensional picture: a loss with minima, saddles and maxima, as an"
                + " experiment in the workspace project samples");
        sample.addListener(SWT.Selection, event -> openSampleReportingErrors());
    }

    private void createInputs(Composite parent) {
        // A row that wraps, so that the inputs stay visible when the view is narrow.
        Composite inputs = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        row.marginLeft = 0;
        inputs.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(EXPLANATION_WIDTH_HINT, SWT.DEFAULT).applyTo(inputs);
        largest = spinner(inputs, "Largest dimension n:", 1, MAX_DIMENSION, DEFAULT_DIMENSION, 1);
        samples = spinner(inputs, "Samples per n:", 1, MAX_SAMPLES, DEFAULT_SAMPLES, SAMPLES_INCREMENT);
        seed = spinner(inputs, "Seed:", 0, Integer.MAX_VALUE, DEFAULT_SEED, 1);

        compute = new Button(inputs, SWT.PUSH);
        compute.setText("Compute");
        compute.addListener(SWT.Selection, event -> compute());
        cancel = new Button(inputs, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, event -> cancelRunning());
    }

    private static Spinner spinner(Composite parent, String label, int min, int max, int value, int increment) {
        // Label and spinner in one cell, so that the row wraps between inputs, never inside one.
        Composite cell = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(cell);
        new Label(cell, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(cell, SWT.BORDER);
        spinner.setValues(value, min, max, 0, increment, increment * 10);
        return spinner;
    }

    /** Sets the inputs as a learner would type them; for tests. */
    void setInputs(int largestDimension, int samplesPerDimension, int seedValue) {
        largest.setSelection(largestDimension);
        samples.setSelection(samplesPerDimension);
        seed.setSelection(seedValue);
    }

    /** Starts a sweep with the current inputs, cancelling one that still runs; @return the new sweep */
    PositiveDefiniteSweep compute() {
        cancelRunning();
        int n = largest.getSelection();
        int count = samples.getSelection();
        chart.setSeries(List.of(new Series(MEASURED, new double[0], new double[0]), coinFlips(n)));

        // A sweep that was cancelled may still report a fraction; only the latest one draws.
        int generation = ++sweeps;
        PositiveDefiniteSweep sweep = new PositiveDefiniteSweep(n, count, seed.getSelection(),
                (dimension, fraction) -> show(generation, dimension, fraction, count));
        sweep.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                finished(sweep, event.getResult());
            }
        });
        running = sweep;
        compute.setEnabled(false);
        cancel.setEnabled(true);
        status.setText("Sampling " + count + " matrices for each n from 1 to " + n + " ...");
        getSite().getService(IWorkbenchSiteProgressService.class).schedule(sweep);
        return sweep;
    }

    private static Series coinFlips(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k + 1;
            y[k] = Math.pow(2, -(k + 1));
        }
        return new Series(COIN_FLIPS, x, y);
    }

    private void show(int generation, int n, double fraction, int count) {
        onDisplay(() -> {
            if (chart.isDisposed() || generation != sweeps) {
                return;
            }
            chart.appendPoint(MEASURED, n, fraction);
            status.setText(String.format(Locale.ROOT, "n = %d: %d of %d matrices positive definite (%.3g; 2^-n = %.3g)",
                    n, Math.round(fraction * count), count, fraction, Math.pow(2, -n)));
            status.getParent().layout(true);
        });
    }

    private void finished(PositiveDefiniteSweep sweep, IStatus result) {
        onDisplay(() -> {
            if (chart.isDisposed() || running != sweep) {
                return;
            }
            running = null;
            compute.setEnabled(true);
            cancel.setEnabled(false);
            if (result.getSeverity() == IStatus.CANCEL) {
                status.setText("Cancelled; the chart shows the dimensions measured so far.");
            }
        });
    }

    /** Runs {@code step} on the display thread soon, unless the workbench is closing. */
    private void onDisplay(Runnable step) {
        if (!display.isDisposed()) {
            display.asyncExec(step);
        }
    }

    private void cancelRunning() {
        PositiveDefiniteSweep sweep = running;
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /** Opens the six-hump camel sample in the experiment editor, creating it in the workspace if needed. */
    IEditorPart openSample() throws CoreException, IOException {
        return SAMPLE.open(getSite().getPage());
    }

    private void openSampleReportingErrors() {
        try {
            openSample();
        } catch (CoreException | IOException e) {
            StatusManager.getManager().handle(Status.error("The sample " + SAMPLE.file().getFullPath()
                    + " could not be created or opened: " + e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** @return whether a sweep runs, or has ended and not yet given the Compute button back */
    boolean isComputing() {
        return running != null;
    }

    /** @return the chart, for tests and exports */
    LineChart chart() {
        return chart;
    }

    /** @return the line above the chart: what is being measured, or what was last measured */
    String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        compute.setFocus();
    }

    @Override
    public void dispose() {
        cancelRunning();
        super.dispose();
    }
}
