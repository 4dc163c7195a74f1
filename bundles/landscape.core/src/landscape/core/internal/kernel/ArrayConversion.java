/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Copies between plain Java arrays and Nd4j arrays, in row-major order. */
public final class ArrayConversion {

    private ArrayConversion() {
    }

    /** A new Nd4j array of the given type and shape holding {@code values}; rank 0 gives a scalar. */
    public static INDArray toNd4j(double[] values, long[] shape, DataType type) {
        if (shape.length == 0) {
            return Nd4j.scalar(type, values[0]);
        }
        return Nd4j.create(values, shape, type);
    }

    /** The elements of {@code array} in row-major order, widened to double. */
    public static double[] toDoubles(INDArray array) {
        return dense(array).data().asDouble();
    }

    // The array itself when its buffer holds exactly its elements in row-major order, else a copy that does.
    private static INDArray dense(INDArray array) {
        boolean dense = !array.isView() && array.ordering() == 'c' && array.data().length() == array.length();
        return dense ? array : array.dup('c');
    }
}
