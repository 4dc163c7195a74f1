/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Element type of a {@link Tensor}.
 * <p>
 * Small tensors keep their elements as {@code double} values on every type; a {@code FLOAT32}
 * tensor rounds each result to the nearest {@code float}, so a single operation gives the
 * correctly rounded single-precision result. Reductions and matrix products on small
 * {@code FLOAT32} tensors accumulate in double precision before that rounding.
 */
public enum DType {

    /** IEEE 754 binary64. */
    FLOAT64(DataType.DOUBLE),

    /** IEEE 754 binary32. */
    FLOAT32(DataType.FLOAT);

    private final DataType nd4jType;

    DType(DataType nd4jType) {
        this.nd4jType = nd4jType;
    }

    /** The Nd4j element type used by large tensors of this type. */
    public DataType nd4jType() {
        return nd4jType;
    }

    /** The type of a result that combines this type with {@code other}: the wider one. */
    public DType promote(DType other) {
        return this == FLOAT64 || other == FLOAT64 ? FLOAT64 : FLOAT32;
    }

    /** Rounds {@code value} to the nearest value representable in this type. */
    public double round(double value) {
        return this == FLOAT32 ? (double) (float) value : value;
    }

    /** The type matching an Nd4j element type; fails for anything but float and double. */
    public static DType of(DataType type) {
        return switch (type) {
            case DOUBLE -> FLOAT64;
            case FLOAT -> FLOAT32;
            default -> throw new IllegalArgumentException(
                    "Nd4j data type " + type + " is not supported; expected DOUBLE or FLOAT");
        };
    }
}
