/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Nd4j must compute inside the OSGi runtime: its jars and natives are embedded in the library
 * bundle and loaded by the bundle class loader.
 */
class Nd4jProbeTest {

    @Test
    void matrixProductIsComputedByTheNativeCpuBackend() {
        double[] product = Nd4jProbe.multiplyTwoByTwo();

        // Small integers are exact in float64, so the comparison is exact.
        assertArrayEquals(new double[] {19, 22, 43, 50}, product, 0.0, "[[1,2],[3,4]] x [[5,6],[7,8]]");
        assertEquals("CpuBackend", Nd4jProbe.backendName(), "Nd4j backend");
    }
}
