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

import landscape.core.data.RandomStream;
import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/** A table of {@code [vocabulary, dimension]} vectors looked up by token. */
public final class Embedding implements Module<Embedding> {

    private final Tensor table;

    private Embedding(Tensor table) {
        this.table = Module.tracked(table);
    }

    /** A table drawn by {@code init}, with fan-in 1 and fan-out {@code dimension}. */
    public static Embedding create(int vocabulary, int dimension, Initialization init, DType dtype,
            RandomStream random) {
        return new Embedding(init.sample(Shape.of(vocabulary, dimension), 1, dimension, dtype, random));
    }

    /** The vectors of {@code tokens}, as {@code [tokens.length, dimension]}. */
    public Tensor forward(int... tokens) {
        return table.gatherRows(tokens);
    }

    public Tensor table() {
        return table;
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(table);
    }

    @Override
    public Embedding withParameters(List<Tensor> values) {
        Module.checkShapes(parameters(), values);
        return new Embedding(values.get(0));
    }
}
