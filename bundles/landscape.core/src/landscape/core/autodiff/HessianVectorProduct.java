/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import landscape.core.internal.memory.ScratchMemory;
import landscape.core.tensor.Tensor;

/**
 * Exact Hessian-vector products by reverse-over-reverse differentiation: the gradient is computed
 * with its own operations recorded ({@link Gradients#ofDifferentiable}), then the scalar
 * {@code <gradient, v>} is differentiated once more. The cost is a small multiple of one gradient
 * and no finite differences are involved.
 */
public final class HessianVectorProduct {

    private HessianVectorProduct() {
    }

    /**
     * {@code H(x) v} for a scalar function of several tensors.
     *
     * @param f the function; it is evaluated once on fresh variables holding the values of {@code x}.
     *            Its large intermediates live in scratch memory that is reused afterwards, so it must
     *            not keep any tensor it creates.
     * @param x the point, one tensor per argument
     * @param v the direction, one tensor per argument, of matching shapes
     */
    public static List<Tensor> of(Function<List<Tensor>, Tensor> f, List<Tensor> x, List<Tensor> v) {
        checkDirections(x, v);
        return ScratchMemory.run(() -> differentiateTwice(f, x, v));
    }

    private static List<Tensor> differentiateTwice(Function<List<Tensor>, Tensor> f, List<Tensor> x, List<Tensor> v) {
        try (NoGrad scope = NoGrad.recording(true)) {
            List<Tensor> variables = new ArrayList<>(x.size());
            for (Tensor t : x) {
                variables.add(t.detach().variable());
            }
            Tensor y = f.apply(variables);
            List<Tensor> grads = Gradients.ofDifferentiable(y, variables);
            return differentiateAgain(grads, v, variables);
        }
    }

    /** {@code H(x) v} for a scalar function of one tensor. */
    public static Tensor of(Function<Tensor, Tensor> f, Tensor x, Tensor v) {
        return of(args -> f.apply(args.get(0)), List.of(x), List.of(v)).get(0);
    }

    // Gradient of <grads, v> with respect to the variables; zero where the gradient is constant.
    static List<Tensor> differentiateAgain(List<Tensor> grads, List<Tensor> v, List<Tensor> variables) {
        Tensor inner = null;
        for (int i = 0; i < grads.size(); i++) {
            Tensor term = grads.get(i).mul(v.get(i).detach()).sum();
            inner = inner == null ? term : inner.add(term);
        }
        if (inner == null || !inner.isTracked()) {
            List<Tensor> zeros = new ArrayList<>(variables.size());
            for (Tensor w : variables) {
                zeros.add(Tensor.zeros(w.shape(), w.dtype()));
            }
            return zeros;
        }
        return Gradients.of(inner, variables);
    }

    private static void checkDirections(List<Tensor> x, List<Tensor> v) {
        if (x.size() != v.size()) {
            throw new IllegalArgumentException(
                    "v has " + v.size() + " tensors; expected one per argument, " + x.size());
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).shape().equals(v.get(i).shape())) {
                throw new IllegalArgumentException(
                        "v[" + i + "] has shape " + v.get(i).shape() + "; expected the shape of x[" + i + "], "
                                + x.get(i).shape());
            }
        }
    }
}
