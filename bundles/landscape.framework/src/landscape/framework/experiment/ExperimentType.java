/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

import java.util.Objects;

/**
 * An installed kind of experiment: the id experiment files name, the name users see, and the
 * experiment itself.
 *
 * @param kind the id written in experiment files, for example {@code bowl}
 * @param name the name shown in lists, for example "Ill-conditioned bowl"
 * @param experiment the implementation
 */
public record ExperimentType(String kind, String name, Experiment experiment) {

    /** Checks that nothing is missing and that the kind is a valid id. */
    public ExperimentType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(experiment, "experiment");
        if (kind == null || !kind.matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException("experiment kind '" + kind
                    + "' is not valid; expected lower-case letters, digits, '.' or '-', starting with a letter");
        }
    }
}
