/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

/** The outline drawn for a {@link PointMarker}; each category of marker gets its own. */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_UP, TRIANGLE_DOWN, DIAMOND, CROSS
}
