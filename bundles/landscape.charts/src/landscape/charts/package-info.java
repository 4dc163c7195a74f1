/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Charts for experiment views, on SWT and SWTChart: plain data in ({@link landscape.charts.Series},
 * {@link landscape.charts.Grid}, {@link landscape.charts.PointMarker},
 * {@link landscape.charts.Trajectory}, {@link landscape.charts.DirectionGlyph},
 * {@link landscape.charts.EventMarker}), widgets out ({@link landscape.charts.LineChart},
 * {@link landscape.charts.HeatmapChart}, {@link landscape.charts.SurfaceView}), and
 * {@link landscape.charts.ChartExport} for PNG, SVG and CSV files. The data types are immutable
 * and check their input; the widgets must be used on the display thread.
 */
package landscape.charts;
