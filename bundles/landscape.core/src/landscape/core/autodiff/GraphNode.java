/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import java.util.concurrent.atomic.AtomicLong;

import landscape.core.tensor.Tensor;

/**
 * The record of how a tracked tensor was computed: its inputs, its local derivative rule and a
 * creation number. Inputs always exist before the operations that use them, so ordering nodes
 * by decreasing creation number is a topological order of the graph from output to inputs.
 */
public final class GraphNode {

    private static final AtomicLong NEXT_SEQUENCE = new AtomicLong();

    private final Tensor[] inputs;
    private final LocalBackward backward;
    private final long sequence;

    /**
     * @param backward the local rule, or {@code null} for a leaf that the user created with
     *            {@link Tensor#variable()}
     * @param inputs the operation's inputs; empty for a leaf
     */
    public GraphNode(LocalBackward backward, Tensor... inputs) {
        this.inputs = inputs;
        this.backward = backward;
        this.sequence = NEXT_SEQUENCE.getAndIncrement();
    }

    /** Whether this node is a leaf: a variable created by the user rather than an operation. */
    public boolean isLeaf() {
        return backward == null;
    }

    /** Creation number; later nodes have larger numbers. */
    public long sequence() {
        return sequence;
    }

    Tensor[] inputs() {
        return inputs;
    }

    LocalBackward backward() {
        return backward;
    }
}
