/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

/** Rounds plain double arrays to single precision, for small {@code FLOAT32} tensors. */
public final class FloatRounding {

    private FloatRounding() {
    }

    /** Replaces each element by the nearest float. */
    public static void roundInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
    }
}
