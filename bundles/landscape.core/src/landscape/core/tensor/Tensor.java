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
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import landscape.core.autodiff.GraphNode;
import landscape.core.autodiff.LocalBackward;
import landscape.core.autodiff.NoGrad;
import landscape.core.internal.kernel.FloatRounding;
import landscape.core.internal.kernel.UnaryKernel;

/**
 * An immutable n-dimensional array of {@link DType} elements that can take part in reverse-mode
 * differentiation.
 * <p>
 * <b>Storage.</b> A tensor of at most {@link #SMALL_SIZE_LIMIT} elements keeps its values in a
 * plain {@code double[]} and its operations run as plain Java loops, because one Nd4j call costs
 * tens of microseconds whatever its size. Larger tensors are backed by an Nd4j array and use its
 * native kernels and BLAS. Results are stored by the same rule, so a reduction of a large tensor
 * to a few values comes back to the fast path. Both stores are never written after construction.
 * <p>
 * <b>Tracking.</b> A tensor made with {@link #variable()} is tracked. Outside a {@link NoGrad}
 * scope, each operation that has a tracked input records a {@link GraphNode} on its result, which
 * {@link landscape.core.autodiff.Gradients} walks backwards. Untracked tensors record nothing.
 */
public final class Tensor {

    /**
     * Largest element count kept in a plain Java array. At this size one elementwise loop costs a
     * few microseconds, about the fixed cost of a single Nd4j operation measured on a desktop CPU.
     */
    public static final int SMALL_SIZE_LIMIT = 8192;

    final Shape shape;
    final DType dtype;
    final double[] small;
    final INDArray big;
    private final GraphNode node;

    // Callers choose the store by Storage's rule and hand over arrays that are never written again.
    Tensor(Shape shape, DType dtype, double[] small, INDArray big, GraphNode node) {
        this.shape = shape;
        this.dtype = dtype;
        this.small = small;
        this.big = big;
        this.node = node;
    }

    // ---- construction ----------------------------------------------------------------------

    /** A one-dimensional {@code FLOAT64} tensor holding {@code values}. */
    public static Tensor of(double... values) {
        return of(DType.FLOAT64, values, values.length);
    }

    /** A {@code FLOAT64} tensor of the given shape holding {@code values} in row-major order. */
    public static Tensor of(double[] values, int... dims) {
        return of(DType.FLOAT64, values, dims);
    }

    /** A tensor of the given type and shape holding {@code values} (copied, rounded to the type). */
    public static Tensor of(DType dtype, double[] values, int... dims) {
        Shape shape = Shape.of(dims);
        if (values.length != shape.size()) {
            throw new IllegalArgumentException("values.length = " + values.length + " for shape " + shape
                    + "; expected " + shape.size() + " values");
        }

        double[] copy = values.clone();
        if (dtype == DType.FLOAT32) {
            FloatRounding.roundInPlace(copy);
        }
        return Storage.fromValues(shape, dtype, copy);
    }

    /** A rank-zero {@code FLOAT64} tensor. */
    public static Tensor scalar(double value) {
        return Storage.fromValues(Shape.scalar(), DType.FLOAT64, new double[] { value });
    }

    /** A tensor of the given shape and type with every element equal to {@code value}. */
    public static Tensor full(Shape shape, DType dtype, double value) {
        if (shape.size() <= SMALL_SIZE_LIMIT) {
            double[] values = new double[shape.size()];
            Arrays.fill(values, dtype.round(value));
            return new Tensor(shape, dtype, values, null, null);
        }
        return new Tensor(shape, dtype, null, Nd4j.valueArrayOf(shape.longDims(), value, dtype.nd4jType()), null);
    }

    public static Tensor zeros(Shape shape, DType dtype) {
        return full(shape, dtype, 0.0);
    }

    public static Tensor ones(Shape shape, DType dtype) {
        return full(shape, dtype, 1.0);
    }

    /** A tensor holding a copy of an Nd4j array of type float or double. */
    public static Tensor copyOf(INDArray array) {
        DType dtype = DType.of(array.dataType());
        Shape shape = Shape.of(Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray());
        return Storage.fromNd4j(shape, dtype, array.dup('c'));
    }

    // ---- inspection ------------------------------------------------------------------------

    public Shape shape() {
        return shape;
    }

    public DType dtype() {
        return dtype;
    }

    public int size() {
        return shape.size();
    }

    public int rank() {
        return shape.rank();
    }

    /** Whether this tensor lives in a plain Java array rather than in Nd4j. */
    public boolean isSmall() {
        return small != null;
    }

    /** A copy of the elements in row-major order. */
    public double[] toArray() {
        return small != null ? small.clone() : Storage.valuesOf(big);
    }

    /** The only element of a tensor with one element. */
    public double item() {
        if (size() != 1) {
            throw new IllegalStateException("item() on a tensor of shape " + shape + "; expected exactly one element");
        }
        return small != null ? small[0] : big.getDouble(0L);
    }

    /** The element at a full index. */
    public double get(int... index) {
        int offset = shape.offsetOf(index);
        if (small != null) {
            return small[offset];
        }

        // By coordinates: a large tensor may be a transposed view, where flat offsets mislead.
        long[] coordinates = new long[index.length];
        for (int d = 0; d < index.length; d++) {
            coordinates[d] = index[d];
        }
        return coordinates.length == 0 ? big.getDouble(0L) : big.getDouble(coordinates);
    }

    /** A new Nd4j array holding these elements; writing to it does not affect this tensor. */
    public INDArray toNd4j() {
        return small != null ? Storage.toNd4j(small, shape, dtype) : big.dup('c');
    }

    // The backing Nd4j array, converted on the fly for small tensors; callers must not write to it.
    INDArray nd4j() {
        return small != null ? Storage.toNd4j(small, shape, dtype) : big;
    }

    // The elements, shared for small tensors; callers must not write to them.
    double[] values() {
        return small != null ? small : Storage.valuesOf(big);
    }

    // The Nd4j array of this tensor in the given type, for mixed-type operations.
    INDArray nd4j(DType type) {
        INDArray array = nd4j();
        return type == dtype ? array : array.castTo(type.nd4jType());
    }

    // ---- tracking --------------------------------------------------------------------------

    /** Whether this tensor takes part in differentiation: a variable or computed from one. */
    public boolean isTracked() {
        return node != null;
    }

    /** The graph record of this tracked tensor. */
    public GraphNode node() {
        if (node == null) {
            throw new IllegalStateException("tensor of shape " + shape + " is not tracked; it has no graph node");
        }
        return node;
    }

    /** The same values as a new leaf variable, which gradients can be taken with respect to. */
    public Tensor variable() {
        return new Tensor(shape, dtype, small, big, new GraphNode(null));
    }

    /** The same values, untracked: a constant for differentiation. */
    public Tensor detach() {
        return node == null ? this : new Tensor(shape, dtype, small, big, null);
    }

    /**
     * This value recorded as the output of an operation over {@code inputs} with the local rule
     * {@code backward}, when recording is on and some input is tracked; otherwise this value. The
     * hook through which every operation, built in or written by a client, enters the graph.
     */
    public Tensor recorded(LocalBackward backward, Tensor... inputs) {
        if (!anyTracked(inputs) || !NoGrad.isRecording()) {
            return this;
        }
        return new Tensor(shape, dtype, small, big, new GraphNode(backward, inputs));
    }

    private static boolean anyTracked(Tensor[] inputs) {
        for (Tensor t : inputs) {
            if (t.node != null) {
                return true;
            }
        }
        return false;
    }

    // ---- elementwise -----------------------------------------------------------------------

    /** Elementwise sum with numpy broadcasting. */
    public Tensor add(Tensor other) {
        return ElementwiseOps.add(this, other);
    }

    public Tensor sub(Tensor other) {
        return ElementwiseOps.sub(this, other);
    }

    public Tensor mul(Tensor other) {
        return ElementwiseOps.mul(this, other);
    }

    public Tensor div(Tensor other) {
        return ElementwiseOps.div(this, other);
    }

    public Tensor add(double shift) {
        return ElementwiseOps.affine(this, 1.0, shift);
    }

    public Tensor mul(double scale) {
        return ElementwiseOps.affine(this, scale, 0.0);
    }

    /** {@code this * scale + shift} elementwise, in one pass. */
    public Tensor affine(double scale, double shift) {
        return ElementwiseOps.affine(this, scale, shift);
    }

    public Tensor neg() {
        return ElementwiseOps.affine(this, -1.0, 0.0);
    }

    public Tensor exp() {
        return ElementwiseOps.exp(this);
    }

    public Tensor log() {
        return ElementwiseOps.log(this);
    }

    public Tensor tanh() {
        return ElementwiseOps.tanh(this);
    }

    public Tensor sigmoid() {
        return ElementwiseOps.sigmoid(this);
    }

    public Tensor relu() {
        return ElementwiseOps.relu(this);
    }

    public Tensor square() {
        return ElementwiseOps.square(this);
    }

    public Tensor sqrt() {
        return ElementwiseOps.sqrt(this);
    }

    /** Each element raised to the constant power {@code p}. */
    public Tensor pow(double p) {
        return ElementwiseOps.pow(this, p);
    }

    /** 1 where an element is positive, 0 elsewhere; a constant, never tracked. */
    public Tensor positiveMask() {
        return ElementwiseOps.unary(UnaryKernel.STEP, detach());
    }

    /** The same values in another element type; the gradient flows back in this tensor's type. */
    public Tensor to(DType type) {
        return ElementwiseOps.cast(this, type);
    }

    // ---- reductions ------------------------------------------------------------------------

    /** Sum of all elements, as a scalar. */
    public Tensor sum() {
        return StructureOps.sumTo(this, Shape.scalar());
    }

    /** Mean of all elements, as a scalar. */
    public Tensor mean() {
        return sum().mul(1.0 / size());
    }

    /** Sum along {@code axis}, which is removed from the shape. */
    public Tensor sum(int axis) {
        return ReductionOps.sum(this, axis);
    }

    public Tensor mean(int axis) {
        return ReductionOps.sum(this, axis).mul(1.0 / shape.dim(axis));
    }

    /** Maximum along {@code axis}; the gradient goes to every element equal to the maximum. */
    public Tensor max(int axis) {
        return ReductionOps.max(this, axis);
    }

    /** {@code log(sum(exp(x)))} along {@code axis}, computed without overflow. */
    public Tensor logSumExp(int axis) {
        return ReductionOps.logSumExp(this, axis);
    }

    /** {@code exp(x - logSumExp(x))} along {@code axis}. */
    public Tensor softmax(int axis) {
        Tensor lse = logSumExp(axis).reshape(shape.with(axis, 1).dims());
        return sub(lse).exp();
    }

    // ---- structure -------------------------------------------------------------------------

    /** The same elements in a new shape of equal size. */
    public Tensor reshape(int... dims) {
        return StructureOps.reshape(this, Shape.of(dims));
    }

    /** These elements repeated out to {@code target} by numpy broadcasting. */
    public Tensor broadcastTo(Shape target) {
        return StructureOps.broadcastTo(this, target);
    }

    /** The adjoint of broadcasting: sums over the dimensions in which {@code target} is 1 or absent. */
    public Tensor sumTo(Shape target) {
        return StructureOps.sumTo(this, target);
    }

    /** Transpose of a matrix. */
    public Tensor transpose() {
        return LinearAlgebraOps.transpose(this);
    }

    /** Matrix product of {@code [m, k]} and {@code [k, n]} tensors. */
    public Tensor matmul(Tensor other) {
        return LinearAlgebraOps.matmul(this, other);
    }

    /** Indices {@code from} (inclusive) to {@code to} (exclusive) along {@code axis}. */
    public Tensor slice(int axis, int from, int to) {
        return StructureOps.slice(this, axis, from, to);
    }

    /** Tensors of equal shape but along {@code axis}, joined along {@code axis}. */
    public static Tensor concat(int axis, List<Tensor> parts) {
        return StructureOps.concat(axis, parts);
    }

    /** Rows (entries along axis 0) at {@code indices}, in that order; an embedding lookup. */
    public Tensor gatherRows(int... indices) {
        return IndexingOps.gatherRows(this, indices);
    }

    /**
     * The adjoint of {@link #gatherRows}: a tensor of {@code rows} rows whose row {@code j} is the
     * sum of the rows {@code r} of this tensor with {@code indices[r] == j}.
     */
    public Tensor scatterAddRows(int rows, int... indices) {
        return IndexingOps.scatterAddRows(this, rows, indices);
    }

    /** For a matrix {@code [n, c]}, the elements {@code (i, columns[i])} as a vector {@code [n]}. */
    public Tensor pick(int... columns) {
        return IndexingOps.pick(this, columns);
    }

    /**
     * The adjoint of {@link #pick}: for a vector {@code [n]}, the matrix {@code [n, width]} holding
     * element {@code i} at {@code (i, columns[i])} and zeros elsewhere.
     */
    public Tensor placeColumns(int width, int... columns) {
        return IndexingOps.placeColumns(this, width, columns);
    }

    @Override
    public String toString() {
        String values = size() <= 16 ? Arrays.toString(toArray()) : "...";
        return "Tensor" + shape + " " + dtype + (isTracked() ? " tracked " : " ") + values;
    }
}
