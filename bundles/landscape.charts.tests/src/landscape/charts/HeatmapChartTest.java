/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** What a user sees when moving the mouse over a heatmap. */
class HeatmapChartTest {

    private static final int WIDTH = 500;

    private static final int HEIGHT = 420;

    @Test
    void hoverShowsTheValueOfTheCellUnderTheMouse() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            Grid grid = Grid.sample(0, 4, 5, 0, 2, 3, (x, y) -> 10 * y + x);
            chart.setGrid(grid);
            chart.setTitles("", "w1", "w2", "loss");
            screen.open();

            // The node (x = 3, y = 1) is cell row 1, column 3, value 13.
            Point pixel = chart.pixelOf(3, 1);
            Optional<HeatmapReadout> readout = chart.readout(pixel.x, pixel.y);
            assertTrue(readout.isPresent(), "a read-out inside the plot at " + pixel);
            assertEquals(13, readout.get().value(), 0, "value of the cell under the mouse");
            assertEquals(1, readout.get().row(), "row of the cell");
            assertEquals(3, readout.get().column(), "column of the cell");

            Event move = new Event();
            move.x = pixel.x;
            move.y = pixel.y;
            chart.notifyListeners(SWT.MouseMove, move);
            assertNotNull(chart.getToolTipText(), "a tooltip after moving over the plot");
            assertEquals("x = 3.000, y = 1.000, loss = 13.00", chart.getToolTipText(), "tooltip read-out");
        }
    }

    @Test
    void hoverOutsideThePlotShowsNothing() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(Grid.sample(0, 4, 5, 0, 2, 3, (x, y) -> x));
            screen.open();

            assertTrue(chart.readout(1, 1).isEmpty(), "no read-out over the margin");
        }
    }

    @Test
    void noDataCellReadsAsNoData() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(new Grid(new double[] { 0, 1 }, new double[] { 0, 1 },
                    new double[][] { { 1, Double.NaN }, { 3, 4 } }));
            screen.open();

            Point pixel = chart.pixelOf(1, 0);
            assertTrue(chart.readout(pixel.x, pixel.y).orElseThrow().text("loss").endsWith("loss = no data"),
                    "read-out of the NaN cell");
        }
    }

    @Test
    void automaticContoursFollowTheColourScale() {
        try (TestShell screen = new TestShell(WIDTH, HEIGHT)) {
            HeatmapChart chart = new HeatmapChart(screen.shell(), SWT.NONE);
            chart.setGrid(Grid.sample(-2, 2, 41, -2, 2, 41, (x, y) -> x * x + y * y));
            chart.setContourLevels(1, 2);

            assertEquals(2, chart.scene().orElseThrow().contours().size(), "one closed circle per chosen level");

            chart.setAutomaticContours(0);
            assertTrue(chart.scene().orElseThrow().contours().isEmpty(), "no contours when none are asked for");
        }
    }
}
