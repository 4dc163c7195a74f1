/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

/**
 * How values map onto an axis or a colour scale. A logarithmic scale shows only finite positive
 * values; the charts leave the others out and say how many they left out.
 */
public enum AxisScale {

    /** Equal distances for equal differences. */
    LINEAR,

    /** Equal distances for equal ratios (base 10); only positive values can be shown. */
    LOG;

    /**
     * Whether {@code value} can be placed on this scale: finite, and positive on a logarithmic
     * scale.
     */
    public boolean accepts(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        return this == LINEAR || value > 0;
    }
}
