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
 * The view of a surface: turned by {@code yaw} degrees about the vertical axis, seen from
 * {@code elevation} degrees above the ground plane, magnified by {@code zoom}. Projects the unit
 * box (x, y in [-1, 1], height in [-1, 1]) orthographically onto the screen.
 *
 * @param yaw rotation about the vertical axis, in degrees
 * @param elevation angle of view above the ground plane, in degrees, within
 *        [{@link #MIN_ELEVATION}, {@link #MAX_ELEVATION}]
 * @param zoom magnification, within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]
 */
public record SurfaceCamera(double yaw, double elevation, double zoom) {

    /** A three-quarter view from above: shows both axes and the relief. */
    public static final SurfaceCamera DEFAULT = new SurfaceCamera(-35, 30, 1);

    /** Elevation limits: from just above the ground plane to straight down, in degrees. */
    public static final double MIN_ELEVATION = 5;

    public static final double MAX_ELEVATION = 89;

    /** Zoom limits: the surface stays between a fifth and five times its fitted size. */
    public static final double MIN_ZOOM = 0.2;

    public static final double MAX_ZOOM = 5;

    /** Height of the box relative to its half-width: relief visible without towering. */
    static final double HEIGHT = 0.6;

    /** Clamps elevation and zoom to their limits. */
    public SurfaceCamera {
        elevation = Math.clamp(elevation, MIN_ELEVATION, MAX_ELEVATION);
        zoom = Math.clamp(zoom, MIN_ZOOM, MAX_ZOOM);
    }

    /** The camera after dragging the mouse by (dx, dy) pixels: half a degree per pixel. */
    public SurfaceCamera dragged(int dx, int dy) {
        return new SurfaceCamera(yaw + dx * 0.5, elevation + dy * 0.5, zoom);
    }

    /** The camera after {@code clicks} wheel clicks: ten per cent closer per click up. */
    public SurfaceCamera zoomed(int clicks) {
        return new SurfaceCamera(yaw, elevation, zoom * Math.pow(1.1, clicks));
    }

    /**
     * Projects (x, y, z), each in [-1, 1], to {screen right, screen up, depth}; larger depth is
     * farther from the viewer.
     */
    public double[] project(double x, double y, double z) {
        double a = Math.toRadians(yaw);
        double e = Math.toRadians(elevation);
        double xr = x * Math.cos(a) - y * Math.sin(a);
        double yr = x * Math.sin(a) + y * Math.cos(a);
        double h = z * HEIGHT;
        return new double[] { xr, h * Math.cos(e) + yr * Math.sin(e), yr * Math.cos(e) - h * Math.sin(e) };
    }
}
