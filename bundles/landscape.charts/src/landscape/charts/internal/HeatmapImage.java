/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.Grid;

/**
 * The colour-mapped picture of a grid at the plot's size: each pixel takes the colour of the
 * grid node nearest to it, so cells are sharp-edged and no value is invented between nodes.
 */
public final class HeatmapImage {

    /** Direct 24-bit pixels laid out as 0xRRGGBB, the form {@code ColorMap.packed} returns. */
    private static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private HeatmapImage() {
    }

    /** Renders the scene's grid over the layout's plot area. */
    public static ImageData render(HeatmapScene scene, HeatmapLayout layout) {
        Rectangle plot = layout.plot();
        Grid grid = scene.grid();
        double[] xs = grid.x();
        double[] ys = grid.y();
        int[] columnOfPixel = new int[plot.width];
        for (int px = 0; px < plot.width; px++) {
            columnOfPixel[px] = HeatmapLayout.nearest(xs, layout.dataX(plot.x + px));
        }

        ImageData image = new ImageData(plot.width, plot.height, 24, RGB_PALETTE);
        int[] line = new int[plot.width];
        for (int py = 0; py < plot.height; py++) {
            int row = HeatmapLayout.nearest(ys, layout.dataY(plot.y + py));
            for (int px = 0; px < plot.width; px++) {
                double value = grid.value(row, columnOfPixel[px]);
                line[px] = scene.colorMap().packed(scene.colorScale().fraction(value));
            }
            image.setPixels(0, py, plot.width, line, 0);
        }
        return image;
    }
}
