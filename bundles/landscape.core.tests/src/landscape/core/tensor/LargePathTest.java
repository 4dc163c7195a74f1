/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.HessianVectorProduct;
import landscape.core.internal.memory.ScratchMemory;
import landscape.core.tests.support.Tolerances;

/**
 * The Nd4j path for tensors above {@link Tensor#SMALL_SIZE_LIMIT} against the plain-Java path:
 * a row-wise operation applied to a large matrix must give, row by row, the values and gradients
 * of the same operation on each small row. Both are float64; they differ only in summation
 * order, well within {@link Tolerances#EXACT} times the row length.
 */
class LargePathTest {

    private static final int ROWS = 96;
    private static final int COLS = 100;
    private static final double TOLERANCE = Tolerances.EXACT * COLS;

    static Stream<Arguments> rowwise() {
        Tensor row = OperationGradientTest.random(5, 0.5, 1.5, 1, COLS);
        Tensor columnWeights = OperationGradientTest.random(6, -1.0, 1.0, COLS, 3);
        return Stream.of(
                Arguments.of("tanh", (Function<Tensor, Tensor>) Tensor::tanh),
                Arguments.of("exp times log", (Function<Tensor, Tensor>) x -> x.exp().mul(x.log())),
                Arguments.of("sigmoid, relu, sqrt",
                        (Function<Tensor, Tensor>) x -> x.add(-1).relu().add(x.sigmoid()).sqrt()),
                Arguments.of("pow and division", (Function<Tensor, Tensor>) x -> x.pow(1.5).div(x.add(1.0))),
                Arguments.of("broadcast row", (Function<Tensor, Tensor>) x -> x.mul(row).sub(row.square())),
                Arguments.of("softmax", (Function<Tensor, Tensor>) x -> x.softmax(1)),
                Arguments.of("logSumExp", (Function<Tensor, Tensor>) x -> x.logSumExp(1).reshape(x.shape().dim(0), 1)),
                Arguments.of("max and mean", (Function<Tensor, Tensor>) x -> x.max(1).add(x.mean(1))
                        .reshape(x.shape().dim(0), 1)),
                Arguments.of("matmul", (Function<Tensor, Tensor>) x -> x.matmul(columnWeights).tanh()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowwise")
    void largeMatrixAgreesWithItsRows(String name, Function<Tensor, Tensor> op) {
        Tensor x = OperationGradientTest.random(7, 0.2, 2.0, ROWS, COLS);
        assertFalse(x.isSmall(), "a " + ROWS + "x" + COLS + " tensor should be on the Nd4j path");

        Tensor big = x.variable();
        Tensor out = op.apply(big);
        double[] grad = Gradients.of(out.sum(), big).toArray();
        double[] values = out.toArray();

        int width = out.size() / ROWS;
        for (int r = 0; r < ROWS; r += 17) {
            Tensor small = x.slice(0, r, r + 1).variable();
            assertTrue(small.isSmall(), "one row should be on the plain-Java path");
            Tensor rowOut = op.apply(small);
            double[] rowGrad = Gradients.of(rowOut.sum(), small).toArray();
            assertArrayEquals(rowOut.toArray(), slice(values, r * width, width), TOLERANCE,
                    name + " values of row " + r + ", tolerance EXACT * cols");
            assertArrayEquals(rowGrad, slice(grad, r * COLS, COLS), TOLERANCE,
                    name + " gradient of row " + r + ", tolerance EXACT * cols");
        }
    }

    @Test
    void gatherAndConcatOnLargeTensorsMatchSmallOnes() {
        Tensor table = OperationGradientTest.random(8, -1.0, 1.0, 90, 100).variable();
        int[] tokens = { 3, 89, 3, 0, 45 };

        Tensor joined = Tensor.concat(1, List.of(table.gatherRows(tokens), table.gatherRows(tokens).square()));
        double[] grad = Gradients.of(joined.sum(), table).toArray();

        for (int t : new int[] { 0, 3, 45, 89 }) {
            double count = t == 3 ? 2.0 : 1.0;
            for (int c = 0; c < 100; c += 33) {
                double expected = count * (1.0 + 2.0 * table.get(t, c));
                assertEquals(expected, grad[t * 100 + c], TOLERANCE, "gradient of row " + t + " column " + c);
            }
        }
        assertEquals(0.0, grad[1 * 100 + 5], 0.0, "row 1 is never gathered, so its gradient is exactly zero");
    }

    @Test
    void largeHessianVectorProductAgreesWithItsRows() {
        Tensor x = OperationGradientTest.random(13, 0.2, 2.0, ROWS, COLS);
        Tensor v = OperationGradientTest.random(14, -1.0, 1.0, ROWS, COLS);
        Function<Tensor, Tensor> f = t -> t.tanh().square().mul(t.exp()).sum();

        double[] hv = HessianVectorProduct.of(f, x, v).toArray();

        for (int r = 0; r < ROWS; r += 19) {
            double[] row = HessianVectorProduct.of(f, x.slice(0, r, r + 1), v.slice(0, r, r + 1)).toArray();
            assertArrayEquals(row, slice(hv, r * COLS, COLS), TOLERANCE,
                    "Hessian-vector product of row " + r + ", tolerance EXACT * cols");
        }
    }

    @Test
    void transposedLargeTensorReadsByCoordinates() {
        Tensor x = OperationGradientTest.random(17, -1.0, 1.0, ROWS, COLS);

        Tensor t = x.transpose();
        double[] flat = t.toArray();

        assertEquals(x.get(3, 71), t.get(71, 3), 0.0, "element (71, 3) of the transpose is (3, 71)");
        assertEquals(x.get(95, 2), flat[2 * ROWS + 95], 0.0, "toArray of the transpose is row-major");
    }

    @Test
    void largePathIsBitReproducible() {
        Tensor x = OperationGradientTest.random(15, -1.0, 1.0, ROWS, COLS).to(DType.FLOAT32);
        Tensor w = OperationGradientTest.random(16, -1.0, 1.0, COLS, 50).to(DType.FLOAT32);

        double[][] runs = new double[2][];
        for (int run = 0; run < 2; run++) {
            Tensor wv = w.variable();
            Tensor loss = x.matmul(wv).relu().logSumExp(1).mean();
            runs[run] = Gradients.of(loss, wv).toArray();
        }

        assertArrayEquals(runs[0], runs[1], 0.0, "two runs on the same inputs give bit-identical gradients");
    }

    @Test
    void largeGradientsSurviveLaterSweeps() {
        Tensor x = OperationGradientTest.random(12, -1.0, 1.0, ROWS, COLS).variable();
        Tensor first = Gradients.of(x.tanh().square().sum(), x);
        double[] snapshot = first.toArray();

        for (int i = 0; i < 3; i++) {
            Gradients.of(x.exp().mul(x).sum(), x);
        }

        ScratchMemory.release();
        Gradients.of(x.square().sum(), x);

        assertFalse(first.isSmall(), "the gradient of a large tensor is large");
        assertArrayEquals(snapshot, first.toArray(), 0.0,
                "a returned gradient is not overwritten by later sweeps nor by releasing scratch memory");
    }

    @Test
    void pickAndPlaceOnLargeTensorsAreAdjoint() {
        Tensor x = OperationGradientTest.random(11, -1.0, 1.0, ROWS, COLS).variable();
        int[] columns = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            columns[i] = (7 * i) % COLS;
        }

        Tensor picked = x.pick(columns);
        double[] grad = Gradients.of(picked.square().sum(), x).toArray();

        for (int i = 0; i < ROWS; i += 13) {
            assertEquals(x.get(i, columns[i]), picked.get(i), 0.0, "picked element of row " + i);
            assertEquals(2 * x.get(i, columns[i]), grad[i * COLS + columns[i]], TOLERANCE, "gradient at the pick");
            assertEquals(0.0, grad[i * COLS + (columns[i] + 1) % COLS], 0.0, "zero gradient beside the pick");
        }
    }

    @Test
    void float32LargePathMatchesFloat64() {
        Tensor x = OperationGradientTest.random(9, -1.0, 1.0, ROWS, COLS);
        Tensor w = OperationGradientTest.random(10, -1.0, 1.0, COLS, 20);

        double[] reference = x.matmul(w).tanh().softmax(1).toArray();
        Tensor single = x.to(DType.FLOAT32).matmul(w.to(DType.FLOAT32)).tanh().softmax(1);

        assertEquals(DType.FLOAT32, single.dtype(), "float32 inputs give a float32 result");
        assertArrayEquals(reference, single.toArray(), Tolerances.FLOAT32,
                "float32 against float64, tolerance FLOAT32");
    }

    private static double[] slice(double[] values, int from, int length) {
        double[] out = new double[length];
        System.arraycopy(values, from, out, 0, length);
        return out;
    }
}
