/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import landscape.core.internal.memory.ScratchMemory;
import landscape.core.tensor.Tensor;

/**
 * Reverse-mode differentiation of a scalar over the recorded graph.
 * <p>
 * The sweep collects the tracked tensors that the scalar depends on with an explicit stack, visits
 * them in decreasing creation order (a topological order, see {@link GraphNode}) and lets each
 * operation's {@link LocalBackward} add into the gradients of its inputs. Graphs are not consumed:
 * the same graph can be differentiated again, which Hessians rely on.
 */
public final class Gradients {

    private Gradients() {
    }

    /** Gradients of {@code scalar} with respect to each of {@code wrt}, computed without recording. */
    public static List<Tensor> of(Tensor scalar, List<Tensor> wrt) {
        return sweep(scalar, wrt, false);
    }

    /** Gradient of {@code scalar} with respect to one tensor. */
    public static Tensor of(Tensor scalar, Tensor wrt) {
        return sweep(scalar, List.of(wrt), false).get(0);
    }

    /**
     * Gradients whose own computation is recorded, so that they can be differentiated again, for
     * example to form Hessian-vector products.
     */
    public static List<Tensor> ofDifferentiable(Tensor scalar, List<Tensor> wrt) {
        return sweep(scalar, wrt, true);
    }

    private static List<Tensor> sweep(Tensor scalar, List<Tensor> wrt, boolean createGraph) {
        checkArguments(scalar, wrt);

        List<Tensor> order = reverseTopologicalOrder(scalar);
        if (createGraph || order.stream().allMatch(Tensor::isSmall)) {
            return reverse(scalar, order, wrt, createGraph);
        }

        // Without recording, nothing computed in the sweep outlives it but the gradients returned.
        return ScratchMemory.run(() -> reverse(scalar, order, wrt, false));
    }

    private static List<Tensor> reverse(Tensor scalar, List<Tensor> order, List<Tensor> wrt, boolean createGraph) {
        Map<Tensor, Tensor> grads = new IdentityHashMap<>();
        Set<Tensor> requested = Collections.newSetFromMap(new IdentityHashMap<>());
        requested.addAll(wrt);
        GradientSink sink = (input, contribution) -> accumulate(grads, input, contribution);
        try (NoGrad scope = NoGrad.recording(createGraph)) {
            grads.put(scalar, Tensor.full(scalar.shape(), scalar.dtype(), 1.0));
            for (Tensor t : order) {
                GraphNode node = t.node();
                // A gradient nobody asked for is dead once its node has passed it on.
                Tensor upstream = requested.contains(t) ? grads.get(t) : grads.remove(t);
                if (upstream != null && !node.isLeaf()) {
                    node.backward().accumulate(upstream, sink);
                }
            }
        }

        List<Tensor> result = new ArrayList<>(wrt.size());
        for (Tensor w : wrt) {
            Tensor g = grads.get(w);
            result.add(g != null ? g : Tensor.zeros(w.shape(), w.dtype()));
        }
        return result;
    }

    private static void checkArguments(Tensor scalar, List<Tensor> wrt) {
        if (scalar.size() != 1) {
            throw new IllegalArgumentException(
                    "scalar has shape " + scalar.shape() + "; expected a tensor with exactly one element");
        }
        if (!scalar.isTracked()) {
            throw new IllegalArgumentException("scalar is not tracked; expected a value computed from variables "
                    + "outside a NoGrad scope");
        }
        for (int i = 0; i < wrt.size(); i++) {
            if (!wrt.get(i).isTracked()) {
                throw new IllegalArgumentException(
                        "wrt[" + i + "] is not tracked; expected a tensor created with variable() "
                                + "or computed from one");
            }
        }
    }

    private static void accumulate(Map<Tensor, Tensor> grads, Tensor input, Supplier<Tensor> contribution) {
        if (!input.isTracked()) {
            return;
        }

        Tensor computed = contribution.get();
        Tensor c = computed.dtype() == input.dtype() ? computed : computed.to(input.dtype());
        if (!c.shape().equals(input.shape())) {
            throw new IllegalStateException(
                    "gradient contribution has shape " + c.shape() + "; expected the input's shape " + input.shape());
        }

        Tensor existing = grads.get(input);
        grads.put(input, existing == null ? c : existing.add(c));
    }

    // Tracked tensors reachable from the root, later-created first; iterative, no recursion.
    private static List<Tensor> reverseTopologicalOrder(Tensor root) {
        Map<Tensor, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Tensor> stack = new ArrayDeque<>();
        List<Tensor> order = new ArrayList<>();
        stack.push(root);
        seen.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Tensor t = stack.pop();
            order.add(t);
            for (Tensor input : t.node().inputs()) {
                if (input.isTracked() && seen.put(input, Boolean.TRUE) == null) {
                    stack.push(input);
                }
            }
        }
        order.sort(Comparator.comparingLong((Tensor t) -> t.node().sequence()).reversed());
        return order;
    }
}
