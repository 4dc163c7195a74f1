/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A first small computation through Nd4j, used to show that the embedded Nd4j library and its
 * native backend load from the bundle class loader: inside OSGi as well as on a plain classpath.
 */
public final class Nd4jProbe {

    private Nd4jProbe() {
    }

    /**
     * Multiplies [[1, 2], [3, 4]] by [[5, 6], [7, 8]] with Nd4j's matrix product in float64.
     *
     * @return the product in row-major order, {19, 22, 43, 50} when the backend works
     */
    public static double[] multiplyTwoByTwo() {
        INDArray left = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
        INDArray right = Nd4j.createFromArray(new double[][] {{5, 6}, {7, 8}});

        return left.mmul(right).reshape(4).toDoubleVector();
    }

    /**
     * @return the name of the Nd4j backend in use, for example {@code CpuBackend}
     */
    public static String backendName() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }
}
