/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.noisyquadratic.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss plateau of one step size: measured as the mean loss over the second half of the
 * steps, against the stationary value theory gives.
 *
 * @param stepSize the step size a
 * @param measured the mean loss over the averaged steps
 * @param theory the expected stationary loss, see {@link NoiseFloor#plateau}
 * @param smallStep the small-step approximation a sigma^2 / 4 per direction
 * @param standardError the standard error of {@code measured}, see {@link NoiseFloor#standardError}
 * @param samples how many steps were averaged
 */
record Plateau(double stepSize, double measured, double theory, double smallStep, double standardError,
        long samples) {

    /** @return how many standard errors the measurement lies from theory */
    double deviation() {
        return (measured - theory) / standardError;
    }

    /** @return the plateau as a summary entry */
    Map<String, Object> summary() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("stepSize", stepSize);
        entry.put("measuredPlateau", measured);
        entry.put("theoreticalPlateau", theory);
        entry.put("smallStepApproximation", smallStep);
        entry.put("standardError", standardError);
        entry.put("deviationInStandardErrors", deviation());
        entry.put("averagedSteps", samples);
        return entry;
    }
}
