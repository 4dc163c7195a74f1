/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

/**
 * One entry of a chart legend: a small swatch (a marker, a line sample or a colour patch)
 * followed by its label.
 *
 * @param label the text
 * @param swatch paints the sample
 */
public record LegendEntry(String label, Swatch swatch) {

    /** Width of the sample in pixels; long enough to show a dash pattern. */
    public static final int SWATCH_WIDTH = 22;

    /** Paints the sample of an entry into the box that starts at x and is centred on centreY. */
    @FunctionalInterface
    public interface Swatch {
        void paint(Drawing drawing, int x, int centreY);
    }
}
