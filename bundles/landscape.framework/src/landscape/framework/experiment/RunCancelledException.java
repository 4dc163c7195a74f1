/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

/** Thrown by {@link RunContext#checkCancelled()} once the user has cancelled the run. */
public final class RunCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("the run was cancelled");
    }
}
