/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import java.util.List;

import landscape.core.tensor.Tensor;

/**
 * A model with parameters. Modules are immutable: training replaces the parameters with
 * {@link #withParameters}, which gives a new module and leaves this one as it was.
 *
 * @param <M> the module's own type
 */
public interface Module<M extends Module<M>> {

    /** The parameters, in a fixed order, as tracked variables. */
    List<Tensor> parameters();

    /** A module of the same structure with {@code values} as parameters, in the order of {@link #parameters()}. */
    M withParameters(List<Tensor> values);

    /** Checks that {@code values} match {@code current} in count and shapes; used by implementations. */
    static void checkShapes(List<Tensor> current, List<Tensor> values) {
        if (values.size() != current.size()) {
            throw new IllegalArgumentException(
                    "values has " + values.size() + " tensors; expected " + current.size() + " parameters");
        }
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).shape().equals(current.get(i).shape())) {
                throw new IllegalArgumentException("values[" + i + "] has shape " + values.get(i).shape()
                        + "; expected " + current.get(i).shape());
            }
        }
    }

    /** {@code t} as a tracked variable: itself if already tracked. */
    static Tensor tracked(Tensor t) {
        return t.isTracked() ? t : t.variable();
    }
}
