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

/**
 * Immutable list of dimension sizes of a {@link Tensor}, in row-major order.
 * A shape of rank zero describes a scalar with one element.
 */
public final class Shape {

    private static final Shape SCALAR = new Shape(new int[0]);

    private final int[] dims;
    private final int size;

    private Shape(int[] dims) {
        this.dims = dims;
        this.size = product(dims);
    }

    /** A shape with the given dimension sizes; each must be positive. */
    public static Shape of(int... dims) {
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] <= 0) {
                throw new IllegalArgumentException(
                        "dims[" + i + "] = " + dims[i] + " in " + Arrays.toString(dims) + "; expected a positive size");
            }
        }
        return dims.length == 0 ? SCALAR : new Shape(dims.clone());
    }

    /** The shape of a scalar: rank zero, one element. */
    public static Shape scalar() {
        return SCALAR;
    }

    /** The numpy-style broadcast of two shapes: aligned from the right, a size of 1 stretches. */
    public static Shape broadcast(Shape a, Shape b) {
        if (a.equals(b)) {
            return a;
        }
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = a.dimFromRight(rank - 1 - i);
            int db = b.dimFromRight(rank - 1 - i);
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + a + " and " + b + " do not broadcast; dimension "
                        + i + " is " + da + " against " + db + ", expected equal sizes or a size of 1");
            }
            out[i] = Math.max(da, db);
        }
        return new Shape(out);
    }

    private int dimFromRight(int offsetFromRight) {
        int index = dims.length - 1 - offsetFromRight;
        return index >= 0 ? dims[index] : 1;
    }

    public int rank() {
        return dims.length;
    }

    /** Number of elements: the product of the dimension sizes. */
    public int size() {
        return size;
    }

    /** Size of dimension {@code axis}; a negative axis counts from the end. */
    public int dim(int axis) {
        return dims[normalizeAxis(axis)];
    }

    /** A copy of the dimension sizes. */
    public int[] dims() {
        return dims.clone();
    }

    // The dimension sizes without a copy, for kernels in this package; never written.
    int[] rawDims() {
        return dims;
    }

    /** The number of elements before and after {@code axis}, and along it: {@code [outer, length, inner]}. */
    int[] around(int axis) {
        int a = normalizeAxis(axis);
        int outer = 1;
        for (int i = 0; i < a; i++) {
            outer *= dims[i];
        }
        return new int[] { outer, dims[a], size / (outer * dims[a]) };
    }

    /** The dimension sizes as Nd4j expects them. */
    public long[] longDims() {
        long[] out = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = dims[i];
        }
        return out;
    }

    /** Checks {@code axis} against the rank and maps a negative axis to its positive index. */
    public int normalizeAxis(int axis) {
        int normalized = axis < 0 ? axis + dims.length : axis;
        if (normalized < 0 || normalized >= dims.length) {
            throw new IllegalArgumentException(
                    "axis = " + axis + " for shape " + this + "; expected -" + dims.length + " <= axis < "
                            + dims.length);
        }
        return normalized;
    }

    /** This shape with dimension {@code axis} set to {@code size}. */
    public Shape with(int axis, int size) {
        int[] out = dims.clone();
        out[normalizeAxis(axis)] = size;
        return Shape.of(out);
    }

    /** This shape without dimension {@code axis}. */
    public Shape without(int axis) {
        int a = normalizeAxis(axis);
        int[] out = new int[dims.length - 1];
        System.arraycopy(dims, 0, out, 0, a);
        System.arraycopy(dims, a + 1, out, a, dims.length - a - 1);
        return out.length == 0 ? SCALAR : new Shape(out);
    }

    /** The row-major offset of a full index, checked against the sizes. */
    public int offsetOf(int... index) {
        if (index.length != dims.length) {
            throw new IllegalArgumentException("index " + Arrays.toString(index) + " for shape " + this
                    + "; expected " + dims.length + " coordinates");
        }

        int offset = 0;
        for (int d = 0; d < index.length; d++) {
            if (index[d] < 0 || index[d] >= dims[d]) {
                throw new IndexOutOfBoundsException("index[" + d + "] = " + index[d] + " for shape " + this
                        + "; expected 0 <= i < " + dims[d]);
            }
            offset = offset * dims[d] + index[d];
        }
        return offset;
    }

    /** Row-major strides in elements. */
    public int[] strides() {
        int[] strides = new int[dims.length];
        int stride = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= dims[i];
        }
        return strides;
    }

    private static int product(int[] dims) {
        long product = 1;
        for (int d : dims) {
            product *= d;
        }
        if (product > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(dims) + " has " + product + " elements; expected at most 2^31 - 1");
        }
        return (int) product;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape shape && Arrays.equals(dims, shape.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
