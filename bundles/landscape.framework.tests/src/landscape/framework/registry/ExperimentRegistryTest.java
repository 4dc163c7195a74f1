/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.framework.experiment.ExperimentType;

/**
 * The extension registry lists contributed kinds; broken contributions are left out (and
 * logged) while the good one keeps working. The test fragment contributes one good, two broken
 * and one duplicate kind.
 */
class ExperimentRegistryTest {

    @Test
    void onlyTheLoadableContributionIsListed() {
        List<ExperimentType> types = ExperimentRegistry.platform().types();

        assertEquals(List.of("counting"), types.stream().map(ExperimentType::kind).toList(), "installed kinds");
        assertEquals("Counting (test)", types.get(0).name(), "the first contribution of a kind wins");
    }

    @Test
    void findLooksUpByKind() {
        ExperimentRegistry registry = ExperimentRegistry.platform();

        assertEquals("Counting (test)", registry.find("counting").orElseThrow().name(), "found");
        assertEquals(false, registry.find("broken").isPresent(), "a broken contribution is not found");
    }
}
