/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import landscape.core.autodiff.GradientSink;

/** A local derivative rule that needs the recorded output of its own operation. */
@FunctionalInterface
interface OutputRule {

    void accumulate(Tensor output, Tensor upstream, GradientSink sink);

    /** Records {@code value} over {@code inputs} with a rule that sees the recorded output. */
    static Tensor record(Tensor value, OutputRule rule, Tensor... inputs) {
        Tensor[] output = new Tensor[1];
        output[0] = value.recorded((upstream, sink) -> rule.accumulate(output[0], upstream, sink), inputs);
        return output[0];
    }
}
