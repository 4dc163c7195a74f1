/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

import landscape.core.tensor.Tensor;

/**
 * Reusable scratch memory for computations whose large intermediates die with them, such as a
 * reverse sweep without recording. Fresh Nd4j arrays are otherwise new memory from the operating
 * system each time, freed only when the garbage collector finds them, and the page faults of
 * touching new memory cost more than the arithmetic of most elementwise operations. Inside
 * {@link #run} Nd4j allocates from a per-thread workspace that is reused from call to call.
 * <p>
 * Only the tensors that {@code body} returns survive: they are copied out before the workspace is
 * released. Any other large tensor created inside must not be used afterwards.
 * <p>
 * A thread's workspace keeps its peak size until {@link #release()} or the end of the thread.
 * TODO release idle workspaces automatically; acceptable while differentiation runs on a few
 * long-lived worker threads, where keeping the memory is the point.
 */
public final class ScratchMemory {

    private static final String WORKSPACE = "landscape-scratch";

    private static final WorkspaceConfiguration CONFIGURATION = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private ScratchMemory() {
    }

    /** Frees the current thread's scratch workspace, if it has one. */
    public static void release() {
        MemoryWorkspaceManager manager = Nd4j.getWorkspaceManager();
        if (manager.checkIfWorkspaceExists(WORKSPACE)) {
            manager.destroyWorkspace(manager.getWorkspaceForCurrentThread(WORKSPACE));
        }
    }

    /** Runs {@code body} on scratch memory and returns copies of its results made outside it. */
    public static List<Tensor> run(Supplier<List<Tensor>> body) {
        if (Nd4j.getWorkspaceManager().anyWorkspaceActiveForCurrentThread()) {
            return body.get();
        }

        try (MemoryWorkspace scratch = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIGURATION, WORKSPACE)) {
            List<Tensor> results = body.get();
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                List<Tensor> copies = new ArrayList<>(results.size());
                for (Tensor t : results) {
                    copies.add(t.isSmall() ? t : Tensor.copyOf(t.toNd4j()));
                }
                return copies;
            }
        }
    }
}
