/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;

import landscape.core.internal.kernel.ArrayConversion;
import landscape.core.internal.kernel.FloatRounding;

/**
 * The storage rule of {@link Tensor}: at most {@link Tensor#SMALL_SIZE_LIMIT} elements in a plain
 * {@code double[]}, more in an Nd4j array, whichever store an operation computed its result in.
 */
final class Storage {

    private Storage() {
    }

    // The caller hands over the values: they must not be written afterwards.
    static Tensor fromValues(Shape shape, DType dtype, double[] values) {
        if (values.length > Tensor.SMALL_SIZE_LIMIT) {
            return new Tensor(shape, dtype, null, toNd4j(values, shape, dtype), null);
        }
        return new Tensor(shape, dtype, values, null, null);
    }

    // The caller hands over the array: it must not be written afterwards.
    static Tensor fromNd4j(Shape shape, DType dtype, INDArray array) {
        if (array.length() != shape.size()) {
            throw new IllegalStateException(
                    "Nd4j result has " + array.length() + " elements; expected " + shape.size());
        }

        if (shape.size() <= Tensor.SMALL_SIZE_LIMIT) {
            double[] values = valuesOf(array);
            if (dtype == DType.FLOAT32 && array.dataType() != dtype.nd4jType()) {
                FloatRounding.roundInPlace(values);
            }
            return new Tensor(shape, dtype, values, null, null);
        }

        INDArray typed = array.dataType() == dtype.nd4jType() ? array : array.castTo(dtype.nd4jType());
        boolean sameShape = Arrays.equals(typed.shape(), shape.longDims());
        return new Tensor(shape, dtype, null, sameShape ? typed : typed.reshape('c', shape.longDims()), null);
    }

    static INDArray toNd4j(double[] values, Shape shape, DType dtype) {
        return ArrayConversion.toNd4j(values, shape.longDims(), dtype.nd4jType());
    }

    static double[] valuesOf(INDArray array) {
        return ArrayConversion.toDoubles(array);
    }
}
