/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

/** How serious a problem in an experiment file is. */
public enum Severity {

    /** The experiment can still run; for example an unknown key that is ignored. */
    WARNING,

    /** The experiment cannot run until it is fixed. */
    ERROR
}
