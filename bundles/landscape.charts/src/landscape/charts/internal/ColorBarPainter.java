/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.Arrays;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import landscape.charts.AxisScale;
import landscape.charts.ColorMap;
import landscape.charts.ColorScale;

/**
 * The colour bar beside a heatmap: the colour map from the scale's minimum (bottom) to its
 * maximum (top), with ticks and labels on its right and the value title beyond them.
 */
public final class ColorBarPainter {

    private static final RGB INK = new RGB(0, 0, 0);

    private static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private final ColorMap map;

    private final ColorScale scale;

    private final String title;

    private final double[] ticks;

    public ColorBarPainter(ColorMap map, ColorScale scale, String title) {
        this.map = map;
        this.scale = scale;
        this.title = title;
        this.ticks = ticks(scale);
    }

    /** The ticks for a scale; a log scale spanning less than a power of ten gets its two ends. */
    static double[] ticks(ColorScale scale) {
        if (scale.scale() == AxisScale.LINEAR) {
            return NiceTicks.linear(scale.min(), scale.max(), AxesPainter.TICK_TARGET);
        }
        double[] ticks = NiceTicks.log(scale.min(), scale.max());
        return ticks.length >= 2 ? ticks : new double[] { scale.min(), scale.max() };
    }

    /** The width right of the bar that the labels and title need. */
    public int rightSpace(Drawing drawing) {
        int labels = Arrays.stream(ticks).mapToInt(tick -> drawing.textExtent(NiceTicks.format(tick)).x).max()
                .orElse(0);
        int titleSpace = title.isEmpty() ? 0 : HeatmapLayout.GAP * 2 + drawing.textExtent(title).y;
        return HeatmapLayout.TICK + HeatmapLayout.GAP + labels + titleSpace;
    }

    public void paint(Drawing drawing, Rectangle bar) {
        drawing.beginGroup("colorbar");
        drawing.drawImage(strip(bar), bar.x, bar.y);
        drawing.setAlpha(255);
        drawing.setDashed(false);
        drawing.setLineWidth(1);
        drawing.setForeground(INK);
        drawing.drawRectangle(bar.x, bar.y, bar.width, bar.height);

        int right = bar.x + bar.width;
        int labelsWidth = 0;
        for (double tick : ticks) {
            int py = (int) Math.round(bar.y + bar.height - scale.fraction(tick) * bar.height);
            String label = NiceTicks.format(tick);
            Point size = drawing.textExtent(label);
            labelsWidth = Math.max(labelsWidth, size.x);
            drawing.drawLine(right, py, right + HeatmapLayout.TICK, py);
            drawing.drawText(label, right + HeatmapLayout.TICK + HeatmapLayout.GAP, py - size.y / 2, false);
        }

        if (!title.isEmpty()) {
            Point size = drawing.textExtent(title);
            int x = right + HeatmapLayout.TICK + HeatmapLayout.GAP + labelsWidth + HeatmapLayout.GAP * 2;
            drawing.drawText(title, x, bar.y + (bar.height - size.x) / 2, true);
        }
        drawing.endGroup();
    }

    private ImageData strip(Rectangle bar) {
        ImageData image = new ImageData(bar.width, bar.height, 24, RGB_PALETTE);
        int[] line = new int[bar.width];
        for (int py = 0; py < bar.height; py++) {
            Arrays.fill(line, map.packed(1 - (py + 0.5) / bar.height));
            image.setPixels(0, py, bar.width, line, 0);
        }
        return image;
    }
}
