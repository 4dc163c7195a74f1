/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.Test;

/** A line chart on log axes and while points are appended. */
class LineChartTest {

    private static final int WIDTH = 500;

    private static final int HEIGHT = 400;

    @Test
    void logAxisWithZeroAndNegativeValuesLeavesThemOutAndSaysSo() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = new LineChart(screen.shell(), SWT.NONE);
            chart.setSeries(List.of(new Series("loss", new double[] { 0, 1, 2, 3 }, new double[] { 0, 1, -2, 0.5 })));
            chart.setScales(AxisScale.LINEAR, AxisScale.LOG);
            screen.open();

            assertDoesNotThrow(chart::flush, "applying a log y axis to a series with 0 and -2");
            ISeries<?> shown = chart.chart().getSeriesSet().getSeries("loss");
            assertArrayEquals(new double[] { 0, Math.log10(0.5) }, shown.getYSeries(), 1e-15,
                    "only the positive values are drawn, as log10 on a linear axis");
            assertEquals("log y axis: 2 points of 'loss' are at or below zero and not shown", chart.hiddenPointsNote(),
                    "note on the hidden points");
            assertTrue(shown.getDescription().contains("2 \u2264 0 not shown"),
                    "legend entry: " + shown.getDescription());
            assertEquals(4, chart.series().get(0).size(), "the data keep all points");
        }
    }

    @Test
    void logAxisWithOnlyNonPositiveValuesDoesNotThrow() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = new LineChart(screen.shell(), SWT.NONE);
            chart.setSeries(List.of(new Series("zero", new double[] { 0, 1 }, new double[] { 0, 0 })));
            chart.setScales(AxisScale.LOG, AxisScale.LOG);
            screen.open();

            assertDoesNotThrow(chart::flush, "a log-log chart with nothing it can show");
            assertTrue(chart.hiddenPointsNote().startsWith("log x and y axes: 2 points"), chart.hiddenPointsNote());
        }
    }

    @Test
    void appendedPointsAppearAfterTheCoalescedRedraw() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = new LineChart(screen.shell(), SWT.NONE);
            screen.open();

            for (int epoch = 0; epoch < 1000; epoch++) {
                chart.appendPoint("train", epoch, 1.0 / (1 + epoch));
            }
            assertEquals(0, chart.chart().getSeriesSet().getSeries().length,
                    "nothing is redrawn while the appends run on the display thread");

            screen.settle();
            ISeries<?> shown = chart.chart().getSeriesSet().getSeries("train");
            assertEquals(1000, shown.getXSeries().length, "all appended points are shown after the redraw");
            assertEquals(1000, chart.series().get(0).size(), "and are in the chart's data");
        }
    }

    @Test
    void axesShowEveryPointWithRoomAtTheEnds() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = new LineChart(screen.shell(), SWT.NONE);
            chart.setSeries(List.of(new Series("loss", new double[] { 1, 10, 100 }, new double[] { 0.01, 2, 0.5 })));
            chart.setScales(AxisScale.LOG, AxisScale.LOG);
            screen.open();
            chart.appendPoint("loss", 1000, 30);
            chart.flush();

            Range x = chart.chart().getAxisSet().getXAxis(0).getRange();
            Range y = chart.chart().getAxisSet().getYAxis(0).getRange();
            assertTrue(x.lower > 0 && x.lower < 1 && x.upper > 1000, "x range " + x + " holds 1 to 1000");
            // A log y axis is drawn in log10 units: the range must hold log10(0.01) to log10(30).
            assertTrue(y.lower < -2 && y.upper > Math.log10(30), "y range " + y + " holds 0.01 to 30 in log10 units");
        }
    }

    @Test
    void eventMarkersAreKept() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            LineChart chart = new LineChart(screen.shell(), SWT.NONE);
            chart.setEventMarkers(List.of(new EventMarker(12, "best epoch")));

            assertEquals("best epoch", chart.eventMarkers().get(0).label(), "marker label");
        }
    }
}
