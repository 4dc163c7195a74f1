/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import landscape.framework.results.Grid;

/** The landscape of a loss over a box, as the framework grid the workbench draws. */
public final class LossGrid {

    /** The name of the landscape grid; paths and points are drawn on it by this name. */
    public static final String NAME = "landscape";

    private LossGrid() {
    }

    /**
     * @param loss the loss
     * @param box the parameters shown
     * @param resolution the number of grid points per side, at least 2
     * @return the grid named {@link #NAME} with w1 across and w2 up, both weights, so in the same units
     */
    public static Grid of(TwoParameterLoss loss, Box box, int resolution) {
        double[] w1s = box.w1Axis(resolution);
        double[] w2s = box.w2Axis(resolution);
        return new Grid(NAME, "w1", "w2", "loss", w1s, w2s, loss.grid(w1s, w2s)).inSameUnits();
    }
}
