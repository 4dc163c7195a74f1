/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.experiment;

import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;

/**
 * What an experiment plug-in implements: the parameters it takes, the paragraph that tells the
 * learner what to look for, and the computation. Its kind id and name are declared where it is
 * registered (the extension point {@code landscape.framework.experiments}). Implementations must
 * not depend on SWT: the headless runner and the workbench run them alike, from a worker
 * thread.
 */
public interface Experiment {

    /**
     * @return one paragraph: what the experiment shows and what the learner should look for
     */
    String description();

    /**
     * @return the declared parameters with their defaults, ranges and rules
     */
    ParameterSet parameters();

    /**
     * Runs the experiment with valid values, adding what it computes to
     * {@link RunContext#results()} as it goes (charts follow live). It must call
     * {@link RunContext#checkCancelled()} often enough to stop within a second of a cancel.
     *
     * @throws RunFailedException when the run cannot go on, for example when its loss becomes
     *     NaN or infinite; the message says why
     */
    void run(ParameterValues values, RunContext context);
}
