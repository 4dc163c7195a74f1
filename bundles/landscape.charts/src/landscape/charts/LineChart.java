/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import landscape.charts.internal.EventMarkerLayer;
import landscape.charts.internal.ExportMenu;
import landscape.charts.internal.LiveSeries;
import landscape.charts.internal.PaddedRange;
import landscape.charts.internal.PowerOfTenFormat;
import landscape.charts.internal.RedrawScheduler;

/**
 * Named series of (x, y) points on linear or logarithmic axes, with a legend, axis titles and
 * labelled vertical event markers, drawn by SWTChart. Points can be appended while a run goes on:
 * appending is cheap and redraws are coalesced, so the caller only needs to keep the rate sane.
 * On a log axis, points at zero or below are left out; the legend entry of their series and the
 * plot's tooltip say how many. The context menu exports PNG, SVG and CSV (see
 * {@link ChartExport}). All methods must be called on the display thread.
 */
public class LineChart extends Composite {

    /** Series colours: the Okabe-Ito palette, safe for the common colour blindnesses. */
    private static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0) };

    /** Line width of the series, in pixels. */
    private static final int LINE_WIDTH = 2;

    private final Chart chart;

    private final Map<String, LiveSeries> series = new LinkedHashMap<>();

    private final RedrawScheduler scheduler;

    private final EventMarkerLayer markerLayer;

    private AxisScale xScale = AxisScale.LINEAR;

    private AxisScale yScale = AxisScale.LINEAR;

    private String note = "";

    public LineChart(Composite parent, int style) {
        super(parent, style);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        chart.getTitle().setVisible(false);
        blackText();
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().getXAxis(0).getTitle().setText("x");
        chart.getAxisSet().getYAxis(0).getTitle().setText("y");
        markerLayer = new EventMarkerLayer(chart);
        chart.getPlotArea().addCustomPaintListener(markerLayer);
        scheduler = new RedrawScheduler(this, this::apply);
        // The plot area is a child control of the chart: both get the menu, so it opens on the axes too.
        for (Control control : new Control[] { chart, chart.getPlotArea().getControl() }) {
            ExportMenu.install(control, file -> ChartExport.writePng(this, file),
                    file -> ChartExport.writeSvg(this, file), file -> ChartExport.writeCsv(this, file));
        }
    }

    /** Replaces all series with {@code newSeries}, in order; names must differ. */
    public void setSeries(List<Series> newSeries) {
        series.clear();
        for (Series one : newSeries) {
            if (series.putIfAbsent(one.name(), new LiveSeries(one)) != null) {
                throw new IllegalArgumentException("series name '" + one.name()
                        + "' appears twice; expected each series once");
            }
        }
        scheduler.request();
    }

    /** Adds a series, or replaces the one of the same name. */
    public void putSeries(Series one) {
        series.put(one.name(), new LiveSeries(one));
        scheduler.request();
    }

    /** Appends one point to the series {@code name}, creating it if needed. */
    public void appendPoint(String name, double x, double y) {
        appendPoints(name, new double[] { x }, new double[] { y });
    }

    /** Appends points to the series {@code name}, creating it if needed; the redraw follows shortly. */
    public void appendPoints(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "series name");
        series.computeIfAbsent(name, key -> new LiveSeries(new Series(key, new double[0], new double[0])))
                .append(x, y);
        scheduler.request();
    }

    /** The series shown, as immutable snapshots, in order. */
    public List<Series> series() {
        return series.values().stream().map(LiveSeries::snapshot).toList();
    }

    public void setScales(AxisScale x, AxisScale y) {
        xScale = Objects.requireNonNull(x, "x axis scale");
        yScale = Objects.requireNonNull(y, "y axis scale");
        scheduler.request();
    }

    public AxisScale xScale() {
        return xScale;
    }

    public AxisScale yScale() {
        return yScale;
    }

    public void setTitle(String title) {
        chart.getTitle().setText(Objects.requireNonNull(title, "chart title"));
        chart.getTitle().setVisible(!title.isEmpty());
        scheduler.request();
    }

    public void setAxisTitles(String x, String y) {
        chart.getAxisSet().getXAxis(0).getTitle().setText(Objects.requireNonNull(x, "x axis title"));
        chart.getAxisSet().getYAxis(0).getTitle().setText(Objects.requireNonNull(y, "y axis title"));
        scheduler.request();
    }

    /** The labelled vertical lines, such as "best epoch"; markers a log x axis cannot show are left out. */
    public void setEventMarkers(List<EventMarker> markers) {
        markerLayer.setMarkers(List.copyOf(markers));
        scheduler.request();
    }

    public List<EventMarker> eventMarkers() {
        return markerLayer.markers();
    }

    /**
     * What the chart leaves out, for example {@code "log y axis: 2 points of 'loss' are at or
     * below zero and not shown"}; empty when it shows everything. Also the plot's tooltip.
     */
    public String hiddenPointsNote() {
        return note;
    }

    /** Applies pending changes now instead of at the next coalesced redraw. */
    public void flush() {
        scheduler.flush();
    }

    /** The SWTChart widget that draws the series; for the exports. */
    Chart chart() {
        return chart;
    }

    private void apply() {
        chart.suspendUpdate(true);
        try {
            // Log scales go off before new data arrive and on after, as SWTChart checks the data.
            // A log y axis is drawn as log10 of the values on a linear axis with labels 10^v:
            // SWTChart's own log axis crowds its ticks over the many decades a loss spans.
            chart.getAxisSet().getXAxis(0).enableLogScale(false);
            chart.getAxisSet().getYAxis(0).enableLogScale(false);
            syncSeries();
            chart.getAxisSet().getXAxis(0).enableLogScale(xScale == AxisScale.LOG);
            chart.getAxisSet().getYAxis(0).getTick().setFormat(yScale == AxisScale.LOG ? new PowerOfTenFormat() : null);
            setRanges();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.getPlotArea().setToolTipText(note.isEmpty() ? null : note);
        chart.redraw();
    }

    /** Ranges from the shown points themselves; SWTChart's own adjustment when there are none. */
    private void setRanges() {
        PaddedRange xRange = new PaddedRange();
        PaddedRange yRange = new PaddedRange();
        for (ISeries<?> shown : chart.getSeriesSet().getSeries()) {
            xRange.include(shown.getXSeries());
            yRange.include(shown.getYSeries());
        }
        if (xRange.isEmpty()) {
            chart.getAxisSet().adjustRange();
            return;
        }

        double[] x = xRange.padded(xScale);
        double[] y = yRange.padded(AxisScale.LINEAR);
        chart.getAxisSet().getXAxis(0).setRange(new Range(x[0], x[1]));
        chart.getAxisSet().getYAxis(0).setRange(new Range(y[0], y[1]));
    }

    private void syncSeries() {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            if (!series.containsKey(old.getId())) {
                chart.getSeriesSet().deleteSeries(old.getId());
            }
        }

        List<String> notes = new ArrayList<>();
        int index = 0;
        for (LiveSeries one : series.values()) {
            ILineSeries<?> line = line(one.name(), PALETTE[index++ % PALETTE.length]);
            double[][] visible = one.visible(xScale, yScale);
            line.setXSeries(visible[0]);
            line.setYSeries(yScale == AxisScale.LOG ? PowerOfTenFormat.log10(visible[1]) : visible[1]);
            int hidden = one.hiddenByLog(xScale, yScale);
            line.setDescription(hidden == 0 ? one.name() : one.name() + " (" + hidden + " \u2264 0 not shown)");
            if (hidden > 0) {
                notes.add(hidden + (hidden == 1 ? " point" : " points") + " of '" + one.name() + "'");
            }
        }
        int total = series.values().stream().mapToInt(one -> one.hiddenByLog(xScale, yScale)).sum();
        note = notes.isEmpty() ? "" : logAxes() + ": " + String.join(", ", notes)
                + (total == 1 ? " is" : " are") + " at or below zero and not shown";
    }

    /** SWTChart's default text is blue; black matches the other charts. */
    private void blackText() {
        Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.getTitle().setForeground(black);
        chart.getLegend().setForeground(black);
        for (var axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(black);
            axis.getTick().setForeground(black);
        }
    }

    private ILineSeries<?> line(String name, RGB color) {
        ISeries<?> existing = chart.getSeriesSet().getSeries(name);
        if (existing instanceof ILineSeries<?> line) {
            return line;
        }
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        line.setLineStyle(LineStyle.SOLID);
        line.setLineWidth(LINE_WIDTH);
        line.setAntialias(SWT.ON);
        line.setLineColor(new Color(getDisplay(), color));
        return line;
    }

    private String logAxes() {
        if (xScale == AxisScale.LOG && yScale == AxisScale.LOG) {
            return "log x and y axes";
        }
        return xScale == AxisScale.LOG ? "log x axis" : "log y axis";
    }

    /** The layer that paints the event markers; for the exports. */
    EventMarkerLayer markerLayer() {
        return markerLayer;
    }
}
