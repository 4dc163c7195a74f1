/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

/** Thrown when a value cannot be converted to its parameter's type; carries the problem. */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public InvalidValueException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** @return the problem, naming the parameter, the value and what was expected */
    public Problem problem() {
        return problem;
    }
}
