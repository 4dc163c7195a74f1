/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

/**
 * Told when results change while a run goes on. Called on the experiment's thread: views hand
 * the work to their display thread and throttle it.
 */
public interface ResultsListener {

    /** A row was appended to {@code series}. */
    default void seriesAppended(Series series) {
    }

    /** A series, grid, point set or table was added, or the summary changed. */
    default void structureChanged(Results results) {
    }
}
