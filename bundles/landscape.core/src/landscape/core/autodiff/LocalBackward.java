/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import landscape.core.tensor.Tensor;

/**
 * The local derivative rule of one recorded operation: given the gradient of the final scalar
 * with respect to the operation's output, it adds the resulting contributions to the gradients
 * of the operation's inputs.
 * <p>
 * Write the rule with {@link Tensor} operations: when a gradient is taken with
 * {@link Gradients#ofDifferentiable}, those operations are recorded in turn, which is what
 * makes Hessian-vector products exact.
 */
@FunctionalInterface
public interface LocalBackward {

    /**
     * @param upstream gradient with respect to the output, of the output's shape
     * @param sink where the contributions for the inputs go
     */
    void accumulate(Tensor upstream, GradientSink sink);
}
