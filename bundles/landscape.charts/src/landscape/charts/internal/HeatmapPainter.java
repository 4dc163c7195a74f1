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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.AxisScale;
import landscape.charts.ColorMap;
import landscape.charts.MarkerCategory;
import landscape.charts.PointMarker;
import landscape.charts.Trajectory;

/**
 * Paints a whole heatmap: title, image, the layers over it, axes, colour bar and legend. The
 * same code paints the widget, its PNG and its SVG.
 */
public final class HeatmapPainter {

    private static final RGB PAPER = new RGB(255, 255, 255);

    private static final RGB INK = new RGB(0, 0, 0);

    private final HeatmapScene scene;

    public HeatmapPainter(HeatmapScene scene) {
        this.scene = scene;
    }

    /** Where things go in a chart of this size, without painting. */
    public HeatmapLayout layout(Drawing drawing, int width, int height) {
        HeatmapLayout probe = new HeatmapLayout(scene.grid(), width, height, 0, 0, 0, 0, false);
        AxesPainter axes = axes(probe);
        ColorBarPainter bar = new ColorBarPainter(scene.colorMap(), scene.colorScale(), scene.titles().value());
        String title = scene.titles().chart();
        int top = title.isEmpty() ? 0 : drawing.textExtent(title).y + 2 * HeatmapLayout.GAP;
        int left = axes.leftSpace(drawing);
        int legend = legend(drawing, width, left).height();
        int bottom = axes.bottomSpace(drawing) + (legend == 0 ? 0 : 2 * HeatmapLayout.GAP + legend);
        return new HeatmapLayout(scene.grid(), width, height, left, bar.rightSpace(drawing), top, bottom,
                scene.equalScales());
    }

    /** Paints the chart into a {@code width} by {@code height} area and returns its layout. */
    public HeatmapLayout paint(Drawing drawing, int width, int height) {
        HeatmapLayout layout = layout(drawing, width, height);
        Rectangle plot = layout.plot();
        drawing.setBackground(PAPER);
        drawing.fillRectangle(0, 0, width, height);
        paintTitle(drawing, width);

        drawing.beginGroup("heatmap");
        drawing.drawImage(HeatmapImage.render(scene, layout), plot.x, plot.y);
        drawing.endGroup();

        drawing.clip(plot.x, plot.y, plot.width, plot.height);
        new PlotLayers(scene, layout).paint(drawing);
        drawing.clearClip();

        AxesPainter axes = axes(layout);
        axes.paint(drawing, layout);
        new ColorBarPainter(scene.colorMap(), scene.colorScale(), scene.titles().value()).paint(drawing, layout.bar());
        // Under the x axis: at the bottom of the widget, or higher when equal scales shorten the plot.
        Legend legend = legend(drawing, width, plot.x - HeatmapLayout.MARGIN);
        int underAxis = plot.y + plot.height + axes.bottomSpace(drawing) + 2 * HeatmapLayout.GAP;
        legend.paint(drawing, plot.x, underAxis);
        return layout;
    }

    private AxesPainter axes(HeatmapLayout layout) {
        return new AxesPainter(layout.xRange(), layout.yRange(), scene.titles().x(), scene.titles().y());
    }

    private void paintTitle(Drawing drawing, int width) {
        String title = scene.titles().chart();
        if (title.isEmpty()) {
            return;
        }
        Point size = drawing.textExtent(title);
        drawing.setForeground(INK);
        drawing.drawText(title, (width - size.x) / 2, HeatmapLayout.MARGIN, false);
    }

    /** The legend under the plot, from the plot's left edge to the widget's right margin. */
    private Legend legend(Drawing drawing, int width, int left) {
        return new Legend(legendEntries(), width - left - 2 * HeatmapLayout.MARGIN, drawing);
    }

    /** One entry per marker category in order of first use, per trajectory, and for missing data. */
    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        Set<MarkerCategory> categories = new LinkedHashSet<>();
        scene.markers().stream().map(PointMarker::category).forEach(categories::add);
        for (MarkerCategory category : categories) {
            entries.add(new LegendEntry(category.name(), (drawing, x, y) -> MarkerGlyphs.paint(drawing,
                    category.shape(), category.fill(), x + LegendEntry.SWATCH_WIDTH / 2, y)));
        }

        List<Trajectory> trajectories = scene.trajectories();
        for (int i = 0; i < trajectories.size(); i++) {
            RGB color = PlotLayers.trajectoryColor(i);
            boolean dashed = trajectories.get(i).diverged();
            entries.add(new LegendEntry(trajectories.get(i).legendName(), (drawing, x, y) -> {
                drawing.setForeground(color);
                drawing.setLineWidth(2);
                drawing.setDashed(dashed);
                drawing.drawLine(x, y, x + LegendEntry.SWATCH_WIDTH, y);
                drawing.setDashed(false);
                drawing.setLineWidth(1);
            }));
        }

        AxisScale scale = scene.colorScale().scale();
        int hidden = scene.grid().countHidden(scale);
        if (hidden > 0) {
            String what = scale == AxisScale.LOG ? "no data or \u2264 0 (" : "no data (";
            String label = what + hidden + (hidden == 1 ? " cell)" : " cells)");
            entries.add(new LegendEntry(label, (drawing, x, y) -> {
                drawing.setBackground(ColorMap.NO_DATA);
                drawing.fillRectangle(x + 4, y - 5, LegendEntry.SWATCH_WIDTH - 8, 10);
                drawing.setForeground(INK);
                drawing.drawRectangle(x + 4, y - 5, LegendEntry.SWATCH_WIDTH - 8, 10);
            }));
        }
        return entries;
    }
}
