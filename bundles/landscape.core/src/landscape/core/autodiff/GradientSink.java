/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import java.util.function.Supplier;

import landscape.core.tensor.Tensor;

/** Receives the gradient contributions that a {@link LocalBackward} computes for its inputs. */
public interface GradientSink {

    /**
     * Adds a contribution to the gradient of {@code input}. The supplier is only called when
     * {@code input} is tracked, so that no work is spent on constants.
     *
     * @param input one of the operation's inputs
     * @param contribution the contribution, of the input's shape
     */
    void add(Tensor input, Supplier<Tensor> contribution);
}
