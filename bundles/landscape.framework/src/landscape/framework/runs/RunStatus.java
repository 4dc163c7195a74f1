/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.runs;

/** How a run ended. */
public enum RunStatus {

    /** It ran to its end. */
    COMPLETED,

    /** It stopped with an error, for example a loss that became NaN. */
    FAILED,

    /** The user stopped it. */
    CANCELLED
}
