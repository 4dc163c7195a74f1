/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

/**
 * Receives a run's progress: the workbench shows it in the Progress view, the runner on
 * standard error.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (fraction, message) -> {
    };

    /**
     * @param fraction the part done, from 0 to 1
     * @param message what is being done now
     */
    void progress(double fraction, String message);
}
