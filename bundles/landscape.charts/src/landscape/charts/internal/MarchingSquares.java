/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import landscape.charts.Grid;

/**
 * Contour lines of a {@link Grid} by marching squares: each cell whose corners lie on both sides
 * of the level gets one or two segments between its edges, placed by linear interpolation, and
 * segments that share a grid edge are joined into lines. Ambiguous cells (two opposite corners
 * above, two below) are resolved by the mean of the corners. Cells with a NaN corner get no
 * segments, so lines stop at missing data.
 */
public final class MarchingSquares {

    private final Grid grid;

    private final int columns;

    public MarchingSquares(Grid grid) {
        this.grid = grid;
        this.columns = grid.columns();
    }

    /** The contour lines at each of {@code levels}, level by level. */
    public List<Contour> contours(double... levels) {
        List<Contour> contours = new ArrayList<>();
        for (double level : levels) {
            contours.addAll(contoursAt(level));
        }
        return contours;
    }

    /** The contour lines at one level. */
    public List<Contour> contoursAt(double level) {
        Map<Integer, List<int[]>> segmentsByEdge = new HashMap<>();
        for (int row = 0; row + 1 < grid.rows(); row++) {
            for (int column = 0; column + 1 < columns; column++) {
                for (int[] segment : cellSegments(row, column, level)) {
                    segmentsByEdge.computeIfAbsent(segment[0], key -> new ArrayList<>(2)).add(segment);
                    segmentsByEdge.computeIfAbsent(segment[1], key -> new ArrayList<>(2)).add(segment);
                }
            }
        }
        return new SegmentChains(segmentsByEdge, edge -> point(edge, level), level).join();
    }

    /**
     * The segments in one cell, each as the pair of global edge ids it joins. Corner bits: 1 for
     * the lower left, 2 lower right, 4 upper right, 8 upper left; set when the corner is at or
     * above the level.
     */
    private List<int[]> cellSegments(int row, int column, double level) {
        double lowerLeft = grid.value(row, column);
        double lowerRight = grid.value(row, column + 1);
        double upperRight = grid.value(row + 1, column + 1);
        double upperLeft = grid.value(row + 1, column);
        if (Double.isNaN(lowerLeft + lowerRight + upperRight + upperLeft)) {
            return List.of();
        }

        int bits = (lowerLeft >= level ? 1 : 0) | (lowerRight >= level ? 2 : 0) | (upperRight >= level ? 4 : 0)
                | (upperLeft >= level ? 8 : 0);
        int bottom = horizontalEdge(row, column);
        int top = horizontalEdge(row + 1, column);
        int left = verticalEdge(row, column);
        int right = verticalEdge(row, column + 1);

        // The saddle cases 5 and 10 join the corners that agree with the cell's mean.
        boolean centreAbove = (lowerLeft + lowerRight + upperRight + upperLeft) / 4 >= level;
        return switch (bits) {
            case 0, 15 -> List.of();
            case 1, 14 -> List.of(new int[] { left, bottom });
            case 2, 13 -> List.of(new int[] { bottom, right });
            case 3, 12 -> List.of(new int[] { left, right });
            case 4, 11 -> List.of(new int[] { right, top });
            case 6, 9 -> List.of(new int[] { bottom, top });
            case 7, 8 -> List.of(new int[] { left, top });
            case 5 -> centreAbove ? List.of(new int[] { left, top }, new int[] { bottom, right })
                    : List.of(new int[] { left, bottom }, new int[] { right, top });
            case 10 -> centreAbove ? List.of(new int[] { left, bottom }, new int[] { right, top })
                    : List.of(new int[] { left, top }, new int[] { bottom, right });
            default -> throw new IllegalStateException("corner bits " + bits + "; expected 0 to 15");
        };
    }

    /** Edge from node (row, column) to (row, column + 1): even ids. */
    private int horizontalEdge(int row, int column) {
        return 2 * (row * columns + column);
    }

    /** Edge from node (row, column) to (row + 1, column): odd ids. */
    private int verticalEdge(int row, int column) {
        return 2 * (row * columns + column) + 1;
    }

    /** Where the level crosses an edge, by linear interpolation between its two nodes. */
    private double[] point(int edge, double level) {
        int node = edge / 2;
        int row = node / columns;
        int column = node % columns;
        int row2 = edge % 2 == 0 ? row : row + 1;
        int column2 = edge % 2 == 0 ? column + 1 : column;
        double a = grid.value(row, column);
        double b = grid.value(row2, column2);
        double t = a == b ? 0.5 : (level - a) / (b - a);
        double x = grid.xAt(column) + t * (grid.xAt(column2) - grid.xAt(column));
        double y = grid.yAt(row) + t * (grid.yAt(row2) - grid.yAt(row));
        return new double[] { x, y };
    }
}
