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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.core.tests.support.Tolerances;

/** Values, shapes, types and error messages of tensor operations, independent of differentiation. */
class TensorValueTest {

    @Test
    void broadcastingFollowsNumpyRules() {
        assertEquals(Shape.of(3, 4), Shape.broadcast(Shape.of(3, 1), Shape.of(4)), "[3,1] with [4]");
        assertEquals(Shape.of(2, 3, 4), Shape.broadcast(Shape.of(2, 1, 4), Shape.of(3, 1)), "[2,1,4] with [3,1]");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shape.broadcast(Shape.of(3), Shape.of(4)), "3 against 4");
        assertTrue(e.getMessage().contains("[3] and [4]"), "message names both shapes: " + e.getMessage());
    }

    @Test
    void elementwiseValuesOfSmallIntegersAreExact() {
        Tensor a = Tensor.of(new double[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        Tensor column = Tensor.of(new double[] { 10, 20 }, 2, 1);

        assertArrayEquals(new double[] { 11, 12, 13, 24, 25, 26 }, a.add(column).toArray(), 0.0, "column broadcast");
        assertArrayEquals(new double[] { 5, 7, 9 }, a.sum(0).toArray(), 0.0, "sum over rows");
        assertArrayEquals(new double[] { 3, 6 }, a.max(1).toArray(), 0.0, "row maxima");
        assertArrayEquals(new double[] { 1, 4, 2, 5, 3, 6 }, a.transpose().toArray(), 0.0, "transpose");
        assertArrayEquals(new double[] { 14, 32 }, a.matmul(Tensor.of(new double[] { 1, 2, 3 }, 3, 1)).toArray(), 0.0,
                "matrix times vector");
        assertArrayEquals(new double[] { 2, 3, 5, 6 }, a.slice(1, 1, 3).toArray(), 0.0, "columns 1 and 2");
        assertArrayEquals(new double[] { 4, 5, 6, 1, 2, 3, 4, 5, 6 }, a.gatherRows(1, 0, 1).toArray(), 0.0, "rows");
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6 },
                Tensor.concat(0, List.of(a, a)).toArray(), 0.0, "concatenation along rows");
    }

    @Test
    void softmaxRowsSumToOneAndLogSumExpDoesNotOverflow() {
        Tensor big = Tensor.of(new double[] { 1000, 1001, 1002 }, 1, 3);

        double lse = big.logSumExp(1).item();
        double[] p = big.softmax(1).toArray();

        assertEquals(1002 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), lse, 1002 * Tolerances.EXACT,
                "shifted log-sum-exp, tolerance EXACT relative");
        assertEquals(1.0, p[0] + p[1] + p[2], Tolerances.EXACT,
                "softmax sums to one; x - lse at 1000 carries ulp(1000) ~ 1e-13 of absolute error, within EXACT");
    }

    @Test
    void float32TensorsRoundEveryResult() {
        Tensor x = Tensor.of(DType.FLOAT32, new double[] { 0.1, 1e-3 }, 2);

        assertEquals((float) 0.1, x.get(0), 0.0, "creation rounds to float");
        assertEquals((float) ((float) 0.1 * (float) 0.1), x.square().get(0), 0.0, "a product is rounded to float");
        assertEquals(DType.FLOAT64, x.add(Tensor.of(1.0, 1.0)).dtype(), "float32 with float64 promotes to float64");
    }

    @Test
    void smallAndLargeStorageFollowTheSizeLimit() {
        Tensor small = Tensor.zeros(Shape.of(Tensor.SMALL_SIZE_LIMIT), DType.FLOAT64);
        Tensor large = Tensor.zeros(Shape.of(Tensor.SMALL_SIZE_LIMIT + 1), DType.FLOAT64);

        assertTrue(small.isSmall(), "a tensor at the limit lives in a Java array");
        assertTrue(!large.isSmall(), "a tensor above the limit lives in Nd4j");
        assertTrue(large.sum().isSmall(), "a reduction of a large tensor comes back to the small path");
    }

    @Test
    void badArgumentsFailWithMessagesNamingTheValue() {
        Tensor a = Tensor.of(new double[] { 1, 2, 3, 4 }, 2, 2);

        IllegalArgumentException reshape = assertThrows(IllegalArgumentException.class, () -> a.reshape(3),
                "4 elements into 3");
        IllegalArgumentException matmul = assertThrows(IllegalArgumentException.class,
                () -> a.matmul(Tensor.of(1.0, 2.0, 3.0).reshape(3, 1)), "inner sizes 2 and 3");
        IndexOutOfBoundsException gather = assertThrows(IndexOutOfBoundsException.class, () -> a.gatherRows(2),
                "row 2 of 2");

        assertTrue(reshape.getMessage().contains("expected 4 elements"), reshape.getMessage());
        assertTrue(matmul.getMessage().contains("[2, 2] and [3, 1]"), matmul.getMessage());
        assertTrue(gather.getMessage().contains("indices[0] = 2"), gather.getMessage());
    }
}
