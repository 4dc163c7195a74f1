/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import java.util.ArrayList;
import java.util.List;

import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/**
 * Parameters laid end to end in one vector and back, in row-major order per tensor. Both
 * directions are differentiable, so a loss written over {@link #unflatten} can be differentiated
 * (and its Hessian taken) with respect to the flat vector.
 */
public final class ParameterVector {

    private ParameterVector() {
    }

    /** The tensors' elements end to end as a one-dimensional tensor. */
    public static Tensor flatten(List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("tensors is empty; expected at least one parameter");
        }

        List<Tensor> rows = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            rows.add(t.reshape(t.size()));
        }
        return rows.size() == 1 ? rows.get(0) : Tensor.concat(0, rows);
    }

    /** The shapes of {@code tensors}, for {@link #unflatten}. */
    public static List<Shape> shapesOf(List<Tensor> tensors) {
        List<Shape> shapes = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            shapes.add(t.shape());
        }
        return shapes;
    }

    /** Consecutive pieces of the vector {@code flat} reshaped to {@code shapes}. */
    public static List<Tensor> unflatten(Tensor flat, List<Shape> shapes) {
        int total = 0;
        for (Shape s : shapes) {
            total += s.size();
        }
        if (flat.rank() != 1 || flat.size() != total) {
            throw new IllegalArgumentException("flat has shape " + flat.shape() + "; expected a vector of " + total
                    + " elements for shapes " + shapes);
        }

        List<Tensor> out = new ArrayList<>(shapes.size());
        int offset = 0;
        for (Shape s : shapes) {
            out.add(flat.slice(0, offset, offset + s.size()).reshape(s.dims()));
            offset += s.size();
        }
        return out;
    }
}
