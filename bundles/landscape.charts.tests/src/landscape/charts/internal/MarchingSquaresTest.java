/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.charts.Grid;

/**
 * Contour lines against shapes known in closed form: circles of x^2 + y^2, the two loops of a
 * double well, a straight line of a plane, and lines that stop at missing data.
 */
class MarchingSquaresTest {

    /** Nodes per side of the test grids: cell size 4 / 80 = 0.05. */
    private static final int NODES = 81;

    /** The grid spacing of the test grids over [-2, 2]. */
    private static final double CELL = 4.0 / (NODES - 1);

    @Test
    void contourOfParaboloidIsOneClosedCircleWithinACellOfTheTrueRadius() {
        Grid grid = Grid.sample(-2, 2, NODES, -2, 2, NODES, (x, y) -> x * x + y * y);

        for (double radius : new double[] { 0.5, 1.0, 1.7 }) {
            List<Contour> contours = new MarchingSquares(grid).contoursAt(radius * radius);

            assertEquals(1, contours.size(), "contours of x^2 + y^2 at level " + radius * radius);
            Contour circle = contours.get(0);
            assertTrue(circle.closed(), "the circle of radius " + radius + " is a closed line");
            assertTrue(circle.size() > 20, "the circle of radius " + radius + " has many points: " + circle.size());
            for (int i = 0; i < circle.size(); i++) {
                // Linear interpolation along a cell edge errs by far less than the cell size.
                double distance = Math.hypot(circle.x()[i], circle.y()[i]);
                assertEquals(radius, distance, CELL, "distance of contour point " + i + " from the centre");
            }
        }
    }

    @Test
    void doubleWellHasTwoClosedContoursBelowTheBarrierAndOneAbove() {
        // (x^2 - 1)^2 + y^2: minima 0 at (-1, 0) and (1, 0), a saddle of height 1 at the origin.
        Grid grid = Grid.sample(-2, 2, NODES, -2, 2, NODES, (x, y) -> (x * x - 1) * (x * x - 1) + y * y);

        List<Contour> below = new MarchingSquares(grid).contoursAt(0.5);
        List<Contour> above = new MarchingSquares(grid).contoursAt(1.5);

        assertEquals(2, below.stream().filter(Contour::closed).count(), "closed loops around the two minima");
        assertEquals(2, below.size(), "no open lines below the barrier");
        assertEquals(1, above.size(), "one line above the barrier");
        assertTrue(above.get(0).closed(), "a loop around both minima above the barrier");
    }

    @Test
    void contourOfAPlaneIsOneOpenStraightLineAcrossTheGrid() {
        Grid grid = Grid.sample(-2, 2, NODES, -2, 2, NODES, (x, y) -> x - 0.3);

        List<Contour> contours = new MarchingSquares(grid).contoursAt(0);

        assertEquals(1, contours.size(), "contours of the plane x - 0.3 at level 0");
        Contour line = contours.get(0);
        assertFalse(line.closed(), "the line runs from border to border");
        for (int i = 0; i < line.size(); i++) {
            assertEquals(0.3, line.x()[i], 1e-12, "x of point " + i + " (exact: the plane is linear)");
        }
        assertEquals(-2, Math.min(line.y()[0], line.y()[line.size() - 1]), 1e-12, "the line starts at a border");
        assertEquals(2, Math.max(line.y()[0], line.y()[line.size() - 1]), 1e-12, "the line ends at a border");
    }

    @Test
    void missingDataCutsACircleOpen() {
        double[][] values = Grid.sample(-2, 2, NODES, -2, 2, NODES, (x, y) -> x * x + y * y).values();
        for (double[] row : values) {
            row[NODES - 1 - NODES / 4] = Double.NaN;
        }
        Grid grid = new Grid(Grid.evenlySpaced("x", -2, 2, NODES), Grid.evenlySpaced("y", -2, 2, NODES), values);

        List<Contour> contours = new MarchingSquares(grid).contoursAt(1.2 * 1.2);

        assertEquals(2, contours.size(), "a column of NaN at x = 1 cuts the circle of radius 1.2 into two arcs");
        assertTrue(contours.stream().noneMatch(Contour::closed), "neither arc is closed");
    }

    @Test
    void levelOutsideTheValuesGivesNoContours() {
        Grid grid = Grid.sample(-2, 2, NODES, -2, 2, NODES, (x, y) -> x * x + y * y);

        assertTrue(new MarchingSquares(grid).contoursAt(100).isEmpty(), "no contour above the maximum 8");
    }
}
