/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import landscape.core.tensor.Tensor;

/** Elementwise nonlinearities between the layers of an {@link MLP}. */
public enum Activation {
    TANH, RELU,
    /** {@code x^2}: the simplest nonlinearity with a non-trivial Hessian. */
    QUADRATIC,
    /** The identity: a deep linear network. */
    LINEAR;

    public Tensor apply(Tensor x) {
        return switch (this) {
            case TANH -> x.tanh();
            case RELU -> x.relu();
            case QUADRATIC -> x.square();
            case LINEAR -> x;
        };
    }
}
