/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.text.Format;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;

/**
 * Redraws an SWTChart line chart through a {@link Drawing}, for the SVG export: the plot frame,
 * ticks and labels where SWTChart put them, the axis titles, the series as polylines clipped to
 * the plot, the event markers, a legend along the bottom and the note on hidden points.
 */
public final class LineChartSvg {

    private static final RGB PAPER = new RGB(255, 255, 255);

    private static final RGB INK = new RGB(0, 0, 0);

    /** Grey of the note on hidden points: present but secondary. */
    private static final RGB NOTE = new RGB(110, 110, 110);

    private static final int TICK = 4;

    private static final int GAP = 4;

    private final Chart chart;

    private final EventMarkerLayer markers;

    private final String note;

    public LineChartSvg(Chart chart, EventMarkerLayer markers, String note) {
        this.chart = chart;
        this.markers = markers;
        this.note = note;
    }

    public void paint(Drawing drawing) {
        Point size = chart.getSize();
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        drawing.setBackground(PAPER);
        drawing.fillRectangle(0, 0, size.x, size.y);
        drawing.setForeground(INK);
        if (chart.getTitle().isVisible() && !chart.getTitle().getText().isEmpty()) {
            String title = chart.getTitle().getText();
            drawing.drawText(title, (size.x - drawing.textExtent(title).x) / 2, GAP, false);
        }

        paintAxes(drawing, plot);
        drawing.clip(plot.x, plot.y, plot.width, plot.height);
        paintSeries(drawing, plot);
        markers.paint(drawing, chart.getAxisSet().getXAxis(0), plot.x, plot.y, plot.height);
        drawing.clearClip();

        Legend legend = new Legend(legendEntries(), size.x - 2 * GAP, drawing);
        int noteHeight = note.isEmpty() ? 0 : drawing.textExtent(note).y;
        legend.paint(drawing, GAP, size.y - GAP - noteHeight - legend.height());
        if (!note.isEmpty()) {
            drawing.setForeground(NOTE);
            drawing.drawText(note, GAP, size.y - GAP - noteHeight, false);
        }
    }

    private void paintAxes(Drawing drawing, Rectangle plot) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        drawing.beginGroup("axes");
        drawing.setForeground(INK);
        drawing.setLineWidth(1);
        drawing.drawRectangle(plot.x, plot.y, plot.width, plot.height);
        int bottom = plot.y + plot.height;
        int lineHeight = drawing.textExtent("0").y;
        // A label that would touch the previous one is left out; its tick mark stays.
        int freeFrom = Integer.MIN_VALUE;
        for (double tick : x.getTick().getTickLabelValues()) {
            int px = plot.x + x.getPixelCoordinate(tick);
            String label = NiceTicks.format(tick);
            int labelWidth = drawing.textExtent(label).x;
            drawing.drawLine(px, bottom, px, bottom + TICK);
            if (px - labelWidth / 2 >= freeFrom) {
                drawing.drawText(label, px - labelWidth / 2, bottom + TICK, false);
                freeFrom = px + labelWidth / 2 + GAP;
            }
        }

        int labelsWidth = 0;
        int freeAbove = Integer.MAX_VALUE;
        Format yFormat = y.getTick().getFormat();
        for (double tick : y.getTick().getTickLabelValues()) {
            int py = plot.y + y.getPixelCoordinate(tick);
            String label = yFormat instanceof PowerOfTenFormat ? yFormat.format(tick) : NiceTicks.format(tick);
            Point extent = drawing.textExtent(label);
            drawing.drawLine(plot.x - TICK, py, plot.x, py);
            if (py + extent.y / 2 <= freeAbove) {
                labelsWidth = Math.max(labelsWidth, extent.x);
                drawing.drawText(label, plot.x - TICK - GAP - extent.x, py - extent.y / 2, false);
                freeAbove = py - extent.y / 2;
            }
        }

        String xTitle = x.getTitle().getText();
        drawing.drawText(xTitle, plot.x + (plot.width - drawing.textExtent(xTitle).x) / 2,
                bottom + TICK + lineHeight + GAP, false);
        String yTitle = y.getTitle().getText();
        Point extent = drawing.textExtent(yTitle);
        drawing.drawText(yTitle, Math.max(0, plot.x - TICK - 2 * GAP - labelsWidth - extent.y),
                plot.y + (plot.height - extent.x) / 2, true);
        drawing.endGroup();
    }

    private void paintSeries(Drawing drawing, Rectangle plot) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            double[] xs = series.getXSeries();
            double[] ys = series.getYSeries();
            int[] points = new int[2 * xs.length];
            for (int i = 0; i < xs.length; i++) {
                points[2 * i] = plot.x + x.getPixelCoordinate(xs[i]);
                points[2 * i + 1] = plot.y + y.getPixelCoordinate(ys[i]);
            }
            drawing.beginGroup("series", series.getId());
            drawing.setForeground(color(series));
            drawing.setLineWidth(series instanceof ILineSeries<?> line ? line.getLineWidth() : 1);
            if (points.length >= 4) {
                drawing.drawPolyline(points);
            }
            drawing.endGroup();
        }
    }

    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            RGB color = color(series);
            String label = series.getDescription() == null ? series.getId() : series.getDescription();
            entries.add(new LegendEntry(label, (drawing, x, y) -> {
                drawing.setForeground(color);
                drawing.setLineWidth(2);
                drawing.drawLine(x, y, x + LegendEntry.SWATCH_WIDTH, y);
                drawing.setLineWidth(1);
            }));
        }
        return entries;
    }

    private static RGB color(ISeries<?> series) {
        return series instanceof ILineSeries<?> line ? line.getLineColor().getRGB() : INK;
    }
}
