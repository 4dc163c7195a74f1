/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Objects;

/**
 * A labelled vertical line on a {@link LineChart} at one x value, such as "best epoch".
 *
 * @param x where the line is drawn; finite
 * @param label the text drawn beside the line; may be empty, not null
 */
public record EventMarker(double x, String label) {

    /** Checks that x is finite and the label present. */
    public EventMarker {
        Objects.requireNonNull(label, "event marker label");
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("event marker '" + label + "' has x = " + x
                    + "; expected a finite value");
        }
    }
}
