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

import landscape.charts.ColorMap;
import landscape.charts.ColorScale;
import landscape.charts.DirectionGlyph;
import landscape.charts.Grid;
import landscape.charts.PointMarker;
import landscape.charts.Trajectory;

/**
 * Everything a heatmap shows, as one value: what the widget paints, and what its exports write.
 *
 * @param grid the values
 * @param colorMap the colours
 * @param colorScale how values map to colours
 * @param contours the contour lines, already computed
 * @param markers the points
 * @param trajectories the optimizer paths
 * @param glyphs the direction segments
 * @param titles the chart, axis and value titles
 * @param equalScales whether a unit of x is drawn as long as a unit of y
 */
public record HeatmapScene(Grid grid, ColorMap colorMap, ColorScale colorScale, List<Contour> contours,
        List<PointMarker> markers, List<Trajectory> trajectories, List<DirectionGlyph> glyphs, Titles titles,
        boolean equalScales) {

    /** The texts around a chart; empty strings leave them out. */
    public record Titles(String chart, String x, String y, String value) {
    }

    /** A copy with other titles. */
    public HeatmapScene withTitles(Titles newTitles) {
        return new HeatmapScene(grid, colorMap, colorScale, contours, markers, trajectories, glyphs, newTitles,
                equalScales);
    }
}
