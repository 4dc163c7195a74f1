/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * How the charts are drawn: one {@link landscape.charts.internal.Drawing} interface behind the
 * screen, PNG and SVG; layout, axes, colour bar, legend and layers of the heatmap; the projection
 * of the surface; marching squares for contours; the CSV format. Not API.
 */
package landscape.charts.internal;
