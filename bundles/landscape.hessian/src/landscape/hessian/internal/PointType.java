/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import java.util.Locale;

/**
 * The kind of a critical point, read from the signs of its Hessian's eigenvalues. An eigenvalue
 * within the tolerance of 0 is a flat direction, where the second derivative cannot decide.
 */
enum PointType {

    /** Every eigenvalue above the tolerance: the loss curves up in every direction. */
    MINIMUM,

    /** Every eigenvalue below minus the tolerance: the loss curves down in every direction. */
    MAXIMUM,

    /** Eigenvalues of both signs beyond the tolerance: up along some directions, down along others. */
    SADDLE,

    /** Some eigenvalue within the tolerance of 0: a flat direction; the Hessian alone cannot classify it. */
    DEGENERATE;

    /**
     * @param eigenvalues the Hessian's eigenvalues
     * @param tolerance the largest |eigenvalue| that counts as 0, at least 0
     */
    static PointType of(double[] eigenvalues, double tolerance) {
        boolean positive = false;
        boolean negative = false;
        for (double v : eigenvalues) {
            if (Math.abs(v) <= tolerance) {
                return DEGENERATE;
            }
            positive |= v > 0;
            negative |= v < 0;
        }
        return positive && negative ? SADDLE : positive ? MINIMUM : MAXIMUM;
    }

    /** @return the name used in results: "minimum", "maximum", "saddle" or "degenerate" */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
