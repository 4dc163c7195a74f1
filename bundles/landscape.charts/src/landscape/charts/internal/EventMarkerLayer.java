/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.List;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;

import landscape.charts.EventMarker;

/**
 * Paints a line chart's event markers on SWTChart's plot area: a dashed vertical line for each,
 * its label at the top, the labels of neighbouring markers staggered so they do not overlap.
 */
public final class EventMarkerLayer implements ICustomPaintListener {

    /** Marker lines are dark grey: visible, yet quieter than the series. */
    public static final RGB MARKER_COLOR = new RGB(80, 80, 80);

    /** Labels of successive markers step down by a line, cycling over this many rows. */
    static final int LABEL_ROWS = 3;

    private final Chart chart;

    private List<EventMarker> markers = List.of();

    public EventMarkerLayer(Chart chart) {
        this.chart = chart;
    }

    public void setMarkers(List<EventMarker> newMarkers) {
        markers = newMarkers;
    }

    public List<EventMarker> markers() {
        return markers;
    }

    @Override
    public boolean drawBehindSeries() {
        return false;
    }

    @Override
    public void paintControl(PaintEvent event) {
        GcDrawing drawing = new GcDrawing(event.gc);
        try {
            Point size = chart.getPlotArea().getSize();
            paint(drawing, chart.getAxisSet().getXAxis(0), 0, 0, size.y);
        } finally {
            drawing.dispose();
        }
    }

    /** Paints the markers in a plot whose top-left corner is (left, top) and of this height. */
    public void paint(Drawing drawing, IAxis xAxis, int left, int top, int height) {
        drawing.beginGroup("event-markers");
        int lineHeight = drawing.textExtent("Ag").y;
        for (int i = 0; i < markers.size(); i++) {
            EventMarker marker = markers.get(i);
            if (xAxis.isLogScaleEnabled() && marker.x() <= 0) {
                continue;
            }
            int px = left + xAxis.getPixelCoordinate(marker.x());
            drawing.setForeground(MARKER_COLOR);
            drawing.setAlpha(255);
            drawing.setLineWidth(1);
            drawing.setDashed(true);
            drawing.drawLine(px, top, px, top + height);
            drawing.setDashed(false);
            drawing.drawText(marker.label(), px + 3, top + 2 + i % LABEL_ROWS * lineHeight, false);
        }
        drawing.endGroup();
    }
}
