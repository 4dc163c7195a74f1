/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

/**
 * What gradient descent did at one step size of the sweep.
 *
 * @param stepSize the step size a
 * @param finalLoss the loss where the descent stopped (for a diverged descent: where it was
 *     stopped, still finite)
 * @param measuredContraction the contraction per step measured from the iterates; above 1 when
 *     the descent grows
 * @param theoreticalContraction max(|1 - a lmin|, |1 - a lmax|)
 * @param steps the steps taken
 * @param diverged whether the descent moved away from the minimum
 */
record SweepPoint(double stepSize, double finalLoss, double measuredContraction, double theoreticalContraction,
        int steps, boolean diverged) {
}
