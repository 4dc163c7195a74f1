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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The data records check their input and say what was wrong. */
class DataRecordsTest {

    @Test
    void gridWithTooFewRowsForItsYAxisIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grid(new double[] { 0, 1, 2 }, new double[] { 0, 1 }, new double[][] { { 1, 2, 3 } }),
                "one row of values for two y coordinates");

        assertTrue(e.getMessage().contains("1 rows") && e.getMessage().contains("2 y coordinates"),
                "message names both counts: " + e.getMessage());
    }

    @Test
    void gridRowOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grid(new double[] { 0, 1 }, new double[] { 0, 1 }, new double[][] { { 1, 2 }, { 3 } }),
                "a short second row");

        assertTrue(e.getMessage().contains("row 1 has 1 values"), "message names the row: " + e.getMessage());
    }

    @Test
    void decreasingAxisIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grid(new double[] { 0, 2, 1 }, new double[] { 0, 1 }, new double[2][3]), "x = 0, 2, 1");

        assertTrue(e.getMessage().contains("x coordinate 2 is 1.0"), "message names the value: " + e.getMessage());
    }

    @Test
    void gridKeepsNaNAndIsImmutable() {
        double[][] values = { { 1, Double.NaN }, { 3, 4 } };
        Grid grid = new Grid(new double[] { 0, 1 }, new double[] { 0, 1 }, values);

        values[0][0] = 99;
        grid.values()[1][1] = 99;

        assertEquals(1, grid.value(0, 0), "changing the caller's array does not change the grid");
        assertEquals(4, grid.value(1, 1), "changing a returned array does not change the grid");
        assertTrue(Double.isNaN(grid.value(0, 1)), "NaN cells are kept as no data");
    }

    @Test
    void divergedTrajectoryIsDrawnUpToItsFirstNaNAndSaysItDiverged() {
        Trajectory run = new Trajectory("SGD", new double[] { 0, 1, Double.NaN, 3 }, new double[] { 0, 1, 2, 3 }, true);

        assertEquals(2, run.finitePrefix(), "points before the first NaN");
        assertEquals("SGD (diverged)", run.legendName(), "legend entry");
    }

    @Test
    void seriesWithUnequalLengthsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Series("loss", new double[3], new double[2]), "3 x and 2 y values");

        assertTrue(e.getMessage().contains("'loss' has 3 x values and 2 y values"), "message: " + e.getMessage());
    }
}
