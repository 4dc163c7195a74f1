/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.tensor;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import landscape.core.tests.support.GradientCheck;

/**
 * Every differentiable operation's gradient, on the small path, against central differences in
 * float64 (tolerances in {@code Tolerances}), and the Hessian-vector product of every operation
 * with a second derivative against central differences of the exact gradient.
 */
class OperationGradientTest {

    private static final long SEED = 20260601L;

    static Tensor random(long seed, double low, double high, int... dims) {
        Random random = new Random(seed);
        double[] v = new double[Shape.of(dims).size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = low + (high - low) * random.nextDouble();
        }
        return Tensor.of(v, dims);
    }

    // A scalar that weighs every output element differently, so that no gradient entry is trivial.
    static Function<Tensor, Tensor> weighted(Function<Tensor, Tensor> op, int... outDims) {
        Tensor weights = random(SEED + 7, -1.0, 1.0, outDims);
        return x -> op.apply(x).mul(weights).sum();
    }

    static Function<Tensor, Tensor> scalar(Function<Tensor, Tensor> f) {
        return f;
    }

    static Stream<Arguments> operations() {
        Tensor c34 = random(SEED + 1, 0.5, 1.5, 3, 4);
        Tensor c4 = random(SEED + 2, 0.5, 1.5, 4);
        Tensor c31 = random(SEED + 3, 0.5, 1.5, 3, 1);
        Tensor c42 = random(SEED + 4, -1.0, 1.0, 4, 2);
        Tensor x34 = random(SEED, 0.3, 1.7, 3, 4);
        return Stream.of(
                Arguments.of("add broadcast [3,4]+[4]", weighted(x -> x.add(c4), 3, 4), x34),
                Arguments.of("add broadcast [4] into [3,4]", weighted(x -> c34.add(x), 3, 4), c4),
                Arguments.of("sub broadcast [3,1]", weighted(x -> c34.sub(x), 3, 4), c31),
                Arguments.of("mul broadcast", weighted(x -> x.mul(c31), 3, 4), x34),
                Arguments.of("mul self", weighted(x -> x.mul(x), 3, 4), x34),
                Arguments.of("div numerator", weighted(x -> x.div(c4), 3, 4), x34),
                Arguments.of("div denominator", weighted(x -> c34.div(x), 3, 4), c4),
                Arguments.of("affine", weighted(x -> x.mul(-2.5).add(0.75), 3, 4), x34),
                Arguments.of("neg", weighted(Tensor::neg, 3, 4), x34),
                Arguments.of("exp", weighted(Tensor::exp, 3, 4), x34),
                Arguments.of("log", weighted(Tensor::log, 3, 4), x34),
                Arguments.of("tanh", weighted(Tensor::tanh, 3, 4), x34),
                Arguments.of("sigmoid", weighted(Tensor::sigmoid, 3, 4), x34),
                Arguments.of("relu", weighted(x -> x.add(-1.0).relu(), 3, 4), x34),
                Arguments.of("square", weighted(Tensor::square, 3, 4), x34),
                Arguments.of("sqrt", weighted(Tensor::sqrt, 3, 4), x34),
                Arguments.of("pow 3.5", weighted(x -> x.pow(3.5), 3, 4), x34),
                Arguments.of("sum all", scalar(x -> x.square().sum()), x34),
                Arguments.of("mean all", scalar(x -> x.exp().mean()), x34),
                Arguments.of("sum axis 0", weighted(x -> x.square().sum(0), 4), x34),
                Arguments.of("mean axis 1", weighted(x -> x.square().mean(1), 3), x34),
                Arguments.of("max axis 1", weighted(x -> x.max(1), 3), x34),
                Arguments.of("logSumExp axis 0", weighted(x -> x.logSumExp(0), 4), x34),
                Arguments.of("logSumExp axis 1", weighted(x -> x.logSumExp(1), 3), x34),
                Arguments.of("softmax axis 1", weighted(x -> x.softmax(1), 3, 4), x34),
                Arguments.of("matmul left", weighted(x -> x.matmul(c42), 3, 2), x34),
                Arguments.of("matmul right", weighted(x -> c34.matmul(x), 3, 2), c42),
                Arguments.of("transpose", weighted(x -> x.transpose().square(), 4, 3), x34),
                Arguments.of("reshape", weighted(x -> x.reshape(2, 6).square(), 2, 6), x34),
                Arguments.of("broadcastTo", weighted(x -> x.broadcastTo(Shape.of(3, 4)).square(), 3, 4), c4),
                Arguments.of("sumTo", weighted(x -> x.square().sumTo(Shape.of(3, 1)), 3, 1), x34),
                Arguments.of("slice axis 1", weighted(x -> x.slice(1, 1, 3).square(), 3, 2), x34),
                Arguments.of("concat axis 0", weighted(x -> Tensor.concat(0, List.of(x, x.square())), 6, 4), x34),
                Arguments.of("gatherRows", weighted(x -> x.gatherRows(2, 0, 2, 1).square(), 4, 4), x34),
                Arguments.of("mul rank-3 broadcast [2,1,3]*[1,4,1]",
                        weighted(x -> x.mul(random(SEED + 5, 0.5, 1.5, 1, 4, 1)), 2, 4, 3),
                        random(SEED + 6, 0.5, 1.5, 2, 1, 3)),
                Arguments.of("div rank-3 broadcast denominator",
                        weighted(x -> random(SEED + 8, 0.5, 1.5, 2, 4, 3).div(x), 2, 4, 3),
                        random(SEED + 9, 0.5, 1.5, 4, 1)),
                Arguments.of("pick", weighted(x -> x.pick(2, 0, 3).square(), 3), x34),
                Arguments.of("placeColumns", weighted(x -> x.placeColumns(4, 1, 3, 0).exp(), 3, 4), c31.reshape(3)),
                Arguments.of("scatterAddRows", weighted(x -> x.square().scatterAddRows(5, 4, 0, 4), 5, 4), x34));
    }

    static Stream<Arguments> secondOrderOperations() {
        Tensor c34 = random(SEED + 1, 0.5, 1.5, 3, 4);
        Tensor c4 = random(SEED + 2, 0.5, 1.5, 4);
        Tensor c42 = random(SEED + 4, -1.0, 1.0, 4, 2);
        Tensor x34 = random(SEED, 0.3, 1.7, 3, 4);
        return Stream.of(
                Arguments.of("mul self", weighted(x -> x.mul(x.mul(c4)), 3, 4), x34),
                Arguments.of("div denominator", weighted(x -> c34.div(x), 3, 4), c4),
                Arguments.of("exp", weighted(Tensor::exp, 3, 4), x34),
                Arguments.of("log", weighted(Tensor::log, 3, 4), x34),
                Arguments.of("tanh", weighted(Tensor::tanh, 3, 4), x34),
                Arguments.of("sigmoid", weighted(Tensor::sigmoid, 3, 4), x34),
                Arguments.of("square", weighted(Tensor::square, 3, 4), x34),
                Arguments.of("sqrt", weighted(Tensor::sqrt, 3, 4), x34),
                Arguments.of("pow 3.5", weighted(x -> x.pow(3.5), 3, 4), x34),
                Arguments.of("logSumExp axis 1", weighted(x -> x.logSumExp(1), 3), x34),
                Arguments.of("softmax axis 0", weighted(x -> x.softmax(0), 3, 4), x34),
                Arguments.of("matmul of square", weighted(x -> x.square().matmul(c42), 3, 2), x34),
                Arguments.of("relu times square", weighted(x -> x.add(-1.0).relu().mul(x), 3, 4), x34),
                Arguments.of("gather then tanh", weighted(x -> x.gatherRows(1, 1, 0).tanh(), 3, 4), x34));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void gradientMatchesCentralDifferences(String name, Function<Tensor, Tensor> f, Tensor x) {
        GradientCheck.assertGradient(name, f, x);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondOrderOperations")
    void hessianVectorProductMatchesCentralDifferencesOfGradient(String name, Function<Tensor, Tensor> f, Tensor x) {
        Tensor v = random(SEED + 11, -1.0, 1.0, x.shape().dims());
        GradientCheck.assertHessianVectorProduct(name, f, x, v);
    }
}
