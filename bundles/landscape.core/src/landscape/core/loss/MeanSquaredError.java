/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.loss;

import landscape.core.tensor.Tensor;

/** Mean squared error {@code mean((prediction - target)^2)} over all elements. */
public final class MeanSquaredError {

    private MeanSquaredError() {
    }

    public static Tensor of(Tensor prediction, Tensor target) {
        if (!prediction.shape().equals(target.shape())) {
            throw new IllegalArgumentException("prediction has shape " + prediction.shape()
                    + "; expected the target's shape " + target.shape());
        }
        return prediction.sub(target).square().mean();
    }
}
