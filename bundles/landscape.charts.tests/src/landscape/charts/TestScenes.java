/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.List;

/** Data the widget tests and the demo show: a Rosenbrock-like valley, a trajectory, critical points. */
final class TestScenes {

    private TestScenes() {
    }

    /** Rosenbrock's function (1 - x)^2 + 100 (y - x^2)^2 on [-2, 2] x [-1, 3]: minimum 0 at (1, 1). */
    static Grid rosenbrock(int columns, int rows) {
        return Grid.sample(-2, 2, columns, -1, 3, rows,
                (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x));
    }

    /** Plain gradient descent on Rosenbrock from (-1.5, 2.5): it zigzags into the valley, then creeps along it. */
    static Trajectory descent(int steps, double rate, String name) {
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        double x = -1.5;
        double y = 2.5;
        for (int i = 0; i < steps; i++) {
            xs[i] = x;
            ys[i] = y;
            double gx = -2 * (1 - x) - 400 * x * (y - x * x);
            double gy = 200 * (y - x * x);
            x -= rate * gx;
            y -= rate * gy;
        }
        return new Trajectory(name, xs, ys, false);
    }

    /** A run that blew up: a few wild steps, then NaN. */
    static Trajectory diverged() {
        return new Trajectory("GD lr=0.01", new double[] { -0.5, 0.9, -1.7, 1.9, Double.NaN },
                new double[] { 0.2, 1.6, -0.6, 2.8, Double.NaN }, true);
    }

    static List<PointMarker> criticalPoints() {
        return List.of(new PointMarker(1, 1, MarkerCategory.MINIMUM, "global minimum"),
                new PointMarker(-1.2, 0.4, MarkerCategory.SADDLE, "saddle"),
                new PointMarker(0.4, 2.6, MarkerCategory.MAXIMUM, ""),
                new PointMarker(-1.6, -0.6, MarkerCategory.DEGENERATE, "degenerate"));
    }

    /** Hessian eigenvector directions of Rosenbrock at its minimum (eigenvalues about 1001.6 and 0.4). */
    static List<DirectionGlyph> eigenvectors() {
        return List.of(new DirectionGlyph(1, 1, 1, -0.5, false), new DirectionGlyph(1, 1, 0.5, 1, false));
    }
}
