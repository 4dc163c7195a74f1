/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Tensor;

/**
 * A loss L(w1, w2) of two parameters. {@link #at(Tensor)} is built from core tensor operations,
 * so the core's automatic differentiation gives its exact gradient and Hessian; {@link #grid}
 * evaluates many parameter pairs at once without recording anything.
 */
public interface TwoParameterLoss {

    /** @return a short description for summaries, for example "tanh unit y = w2 tanh(w1 x), 100 points" */
    String description();

    /**
     * @param w the parameters (w1, w2), a vector of two elements, tracked or not
     * @return the loss as a scalar tensor, recorded when {@code w} is tracked
     */
    Tensor at(Tensor w);

    /**
     * @param w1s the values of w1, one per column
     * @param w2s the values of w2, one per row
     * @return {@code values[j][i]} = L(w1s[i], w2s[j]), computed without recording a graph
     */
    double[][] grid(double[] w1s, double[] w2s);

    /** @return L(w1, w2) as a number, computed without recording a graph */
    default double value(double w1, double w2) {
        try (NoGrad scope = NoGrad.enter()) {
            return at(Tensor.of(w1, w2)).item();
        }
    }
}
