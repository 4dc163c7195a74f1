/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.optim;

import java.util.List;

import landscape.core.tensor.Tensor;

/**
 * A first-order optimiser. Each call of {@link #step} is one update: it takes the current
 * parameters and their gradients and returns new parameters as tracked variables, keeping its own
 * state (moments, step count) between calls. Updates are computed without recording.
 */
public interface Optimizer {

    /** The updated parameters, in the order given. */
    List<Tensor> step(List<Tensor> parameters, List<Tensor> gradients);

    /** The number of steps taken so far. */
    int steps();

    /** Checks that parameters and gradients pair up by count and shape; used by implementations. */
    static void checkPairs(List<Tensor> parameters, List<Tensor> gradients, int expectedCount) {
        if (parameters.size() != gradients.size()) {
            throw new IllegalArgumentException("gradients has " + gradients.size() + " tensors; expected one per "
                    + "parameter, " + parameters.size());
        }
        if (expectedCount >= 0 && parameters.size() != expectedCount) {
            throw new IllegalArgumentException("parameters has " + parameters.size()
                    + " tensors; expected the " + expectedCount + " of earlier steps");
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).shape().equals(gradients.get(i).shape())) {
                throw new IllegalArgumentException("gradients[" + i + "] has shape " + gradients.get(i).shape()
                        + "; expected the parameter's shape " + parameters.get(i).shape());
            }
        }
    }
}
