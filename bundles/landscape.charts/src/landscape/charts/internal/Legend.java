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
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * A legend laid out in rows under a chart: entries side by side, wrapping to a new row when the
 * next one does not fit the width.
 */
public final class Legend {

    /** Space between a swatch and its label, and between entries, in pixels. */
    private static final int LABEL_GAP = 4;

    private static final int ENTRY_GAP = 14;

    private static final RGB TEXT = new RGB(0, 0, 0);

    private final List<List<LegendEntry>> rows = new ArrayList<>();

    private final int rowHeight;

    /** Packs {@code entries} into rows no wider than {@code width}, measuring text with {@code drawing}. */
    public Legend(List<LegendEntry> entries, int width, Drawing drawing) {
        rowHeight = drawing.textExtent("Ag").y + 2;
        List<LegendEntry> row = new ArrayList<>();
        int used = 0;
        for (LegendEntry entry : entries) {
            int entryWidth = entryWidth(entry, drawing);
            if (!row.isEmpty() && used + entryWidth > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(entry);
            used += entryWidth;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    /** The height the rows take; zero without entries. */
    public int height() {
        return rows.size() * rowHeight;
    }

    /** Paints the rows from (x, y) downwards. */
    public void paint(Drawing drawing, int x, int y) {
        drawing.beginGroup("legend");
        for (int r = 0; r < rows.size(); r++) {
            int left = x;
            int top = y + r * rowHeight;
            for (LegendEntry entry : rows.get(r)) {
                entry.swatch().paint(drawing, left, top + rowHeight / 2);
                drawing.setForeground(TEXT);
                drawing.setAlpha(255);
                drawing.drawText(entry.label(), left + LegendEntry.SWATCH_WIDTH + LABEL_GAP, top, false);
                left += entryWidth(entry, drawing);
            }
        }
        drawing.endGroup();
    }

    private static int entryWidth(LegendEntry entry, Drawing drawing) {
        Point text = drawing.textExtent(entry.label());
        return LegendEntry.SWATCH_WIDTH + LABEL_GAP + text.x + ENTRY_GAP;
    }
}
