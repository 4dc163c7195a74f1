/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

import java.util.List;
import java.util.Optional;

/**
 * The experiment kinds that are installed. In the workbench and the runner this is the
 * extension registry's view ({@code landscape.framework.registry.ExperimentRegistry}); tests can
 * build one from a list.
 */
public interface ExperimentCatalog {

    /** @return the installed kinds, sorted by name */
    List<ExperimentType> types();

    /** @return the kind with this id, if it is installed */
    default Optional<ExperimentType> find(String kind) {
        return types().stream().filter(type -> type.kind().equals(kind)).findFirst();
    }

    /** @return a catalog of exactly these kinds */
    static ExperimentCatalog of(ExperimentType... types) {
        return of(List.of(types));
    }

    /** @return a catalog of exactly these kinds, for example a snapshot of another catalog */
    static ExperimentCatalog of(List<ExperimentType> types) {
        List<ExperimentType> list = List.copyOf(types);
        return () -> list;
    }
}
