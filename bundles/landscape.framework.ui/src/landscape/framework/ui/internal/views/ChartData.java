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
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

import landscape.charts.DirectionGlyph;
import landscape.charts.MarkerCategory;
import landscape.charts.MarkerShape;
import landscape.charts.PointMarker;
import landscape.charts.Trajectory;
import landscape.framework.results.Grid;
import landscape.framework.results.Point;
import landscape.framework.results.PointSet;
import landscape.framework.results.Results;
import landscape.framework.results.Series;

/**
 * Turns run results into the chart bundle's data: grids, the paths drawn on them, their point
 * markers, and the metric series of the line chart.
 */
final class ChartData {

    private static final Map<String, MarkerCategory> CATEGORIES = Map.of(
            MarkerCategory.MINIMUM.name(), MarkerCategory.MINIMUM,
            MarkerCategory.MAXIMUM.name(), MarkerCategory.MAXIMUM,
            MarkerCategory.SADDLE.name(), MarkerCategory.SADDLE,
            MarkerCategory.DEGENERATE.name(), MarkerCategory.DEGENERATE);

    /** The value-name prefixes of the directions a point may carry: v1x, v1y, v2x, v2y. */
    private static final List<String> DIRECTIONS = List.of("v1", "v2");

    private ChartData() {
    }

    static landscape.charts.Grid grid(Grid grid) {
        return new landscape.charts.Grid(grid.xs(), grid.ys(), grid.values());
    }

    /** @return the series drawn as paths on {@code grid}: columns 1 and 2 of each */
    static List<Trajectory> trajectories(Results results, Grid grid) {
        List<Trajectory> paths = new ArrayList<>();
        for (Series series : results.series()) {
            if (grid.name().equals(series.attributes().get(Series.PLOT_ON)) && series.columns().size() >= 3) {
                double[][] columns = series.snapshot();
                boolean diverged = "true".equals(series.attributes().get(Series.DIVERGED));
                paths.add(new Trajectory(series.name(), columns[1], columns[2], diverged));
            }
        }
        return paths;
    }

    /** @return the points drawn on {@code grid} */
    static List<PointMarker> markers(Results results, Grid grid) {
        List<PointMarker> markers = new ArrayList<>();
        for (PointSet set : results.pointSets()) {
            if (!set.plotOn().equals(grid.name())) {
                continue;
            }
            for (Point point : set.points()) {
                MarkerCategory category = CATEGORIES.getOrDefault(point.category(),
                        new MarkerCategory(point.category().isBlank() ? set.name() : point.category(),
                                MarkerShape.CIRCLE, new RGB(255, 255, 255)));
                markers.add(new PointMarker(point.x(), point.y(), category, point.label()));
            }
        }
        return markers;
    }

    /**
     * @return segments along the directions that points carry as values v1x, v1y (and v2x, v2y),
     *     for example the Hessian's eigenvectors at critical points
     */
    static List<DirectionGlyph> glyphs(Results results, Grid grid) {
        List<DirectionGlyph> glyphs = new ArrayList<>();
        for (PointSet set : results.pointSets()) {
            if (!set.plotOn().equals(grid.name())) {
                continue;
            }
            for (Point point : set.points()) {
                for (String direction : DIRECTIONS) {
                    Double dx = point.values().get(direction + "x");
                    Double dy = point.values().get(direction + "y");
                    boolean drawable = dx != null && dy != null && Double.isFinite(dx) && Double.isFinite(dy)
                            && (dx != 0 || dy != 0) && Double.isFinite(point.x()) && Double.isFinite(point.y());
                    if (drawable) {
                        glyphs.add(new DirectionGlyph(point.x(), point.y(), dx, dy, false));
                    }
                }
            }
        }
        return glyphs;
    }

    /**
     * @return the line-chart series: each value column of each series not drawn on a grid, named
     *     after the series (and the column when there are several)
     */
    static List<landscape.charts.Series> lines(Results results, String prefix) {
        List<landscape.charts.Series> lines = new ArrayList<>();
        for (Series series : results.series()) {
            if (series.attributes().containsKey(Series.PLOT_ON)) {
                continue;
            }
            double[][] columns = series.snapshot();
            for (int c = 1; c < columns.length; c++) {
                String name = prefix + series.name() + (columns.length > 2 ? " " + series.columns().get(c) : "");
                lines.add(new landscape.charts.Series(name, columns[0], columns[c]));
            }
        }
        return lines;
    }

    /** @return the x axis title of the line chart: the first column of the first series */
    static String lineAxis(Results results) {
        return results.series().stream().filter(s -> !s.attributes().containsKey(Series.PLOT_ON))
                .map(s -> s.columns().get(0)).findFirst().orElse("step");
    }
}
