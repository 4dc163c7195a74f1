/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import java.util.Optional;

/**
 * A check across several parameters, for example "xMin must be below xMax". It runs only when
 * every parameter on its own is valid.
 */
@FunctionalInterface
public interface Rule {

    /**
     * @return the problem (its field names the parameter the marker goes to), or empty
     */
    Optional<Problem> check(ParameterValues values);
}
