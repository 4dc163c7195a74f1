/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import landscape.core.data.RandomStream;
import landscape.core.loss.MeanSquaredError;
import landscape.core.tensor.DType;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;
import landscape.core.tests.support.GradientCheck;

/**
 * Layers, initialisation and parameter flattening; gradients against central differences with
 * the shared {@code Tolerances}.
 */
class NetworkTest {

    private static final Initialization XAVIER = Initialization.of(Initialization.Scheme.XAVIER_UNIFORM, 1.0);
    private static final Initialization SMALL_BIAS = Initialization.of(Initialization.Scheme.UNIFORM, 0.1);

    private static MLP network(Activation activation, long seed) {
        return MLP.create(new int[] { 2, 3, 1 }, activation, XAVIER, SMALL_BIAS, DType.FLOAT64,
                RandomStream.seeded(seed));
    }

    // MSE of the network on fixed points, as a function of its flattened parameters.
    private static Function<Tensor, Tensor> lossOverFlatParameters(MLP model) {
        Tensor x = Tensor.of(new double[] { 0.5, -1.0, 1.5, 0.25, -0.75, 2.0, 0.1, 0.9 }, 4, 2);
        Tensor y = Tensor.of(new double[] { 0.3, -0.2, 0.8, 0.1 }, 4, 1);
        List<Shape> shapes = ParameterVector.shapesOf(model.parameters());
        return theta -> {
            MLP candidate = model.withParameters(ParameterVector.unflatten(theta, shapes));
            return MeanSquaredError.of(candidate.forward(x), y);
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Activation.class)
    void mlpGradientMatchesCentralDifferences(Activation activation) {
        MLP model = network(activation, 3);
        Tensor theta = ParameterVector.flatten(model.parameters()).detach();

        GradientCheck.assertGradient("MLP " + activation, lossOverFlatParameters(model), theta);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Activation.class, names = { "TANH", "QUADRATIC" })
    void mlpHessianVectorProductMatchesCentralDifferencesOfGradient(Activation activation) {
        MLP model = network(activation, 4);
        Tensor theta = ParameterVector.flatten(model.parameters()).detach();
        Tensor v = Initialization.of(Initialization.Scheme.NORMAL, 1.0)
                .sample(theta.shape(), 1, 1, DType.FLOAT64, RandomStream.seeded(9));

        GradientCheck.assertHessianVectorProduct("MLP " + activation, lossOverFlatParameters(model), theta, v);
    }

    @Test
    void sameSeedGivesIdenticalParametersAndOtherSeedsDiffer() {
        double[] a = ParameterVector.flatten(network(Activation.TANH, 11).parameters()).toArray();
        double[] b = ParameterVector.flatten(network(Activation.TANH, 11).parameters()).toArray();
        double[] c = ParameterVector.flatten(network(Activation.TANH, 12).parameters()).toArray();

        assertArrayEquals(a, b, 0.0, "two networks from one seed are bit-identical");
        assertNotEquals(a[0], c[0], "another seed gives other weights");
    }

    @Test
    void flattenAndUnflattenRoundTrip() {
        List<Tensor> params = network(Activation.RELU, 5).parameters();

        Tensor flat = ParameterVector.flatten(params);
        List<Tensor> back = ParameterVector.unflatten(flat, ParameterVector.shapesOf(params));

        assertEquals(2 * 3 + 3 + 3 + 1, flat.size(), "parameter count of a 2-3-1 network");
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(params.get(i).toArray(), back.get(i).toArray(), 0.0, "tensor " + i + " round trip");
            assertEquals(params.get(i).shape(), back.get(i).shape(), "shape " + i);
        }
    }

    @Test
    void linearComputesAffineMap() {
        Linear layer = Linear.create(2, 1, Initialization.of(Initialization.Scheme.ZEROS, 0.0),
                Initialization.of(Initialization.Scheme.ZEROS, 0.0), DType.FLOAT64, RandomStream.seeded(1))
                .withParameters(List.of(Tensor.of(new double[] { 2.0, -1.0 }, 2, 1), Tensor.of(0.5)));

        Tensor out = layer.forward(Tensor.of(new double[] { 1.0, 3.0 }, 1, 2));

        assertEquals(2.0 - 3.0 + 0.5, out.item(), 0.0, "x W + b for small integers is exact");
        assertTrue(layer.weight().isTracked(), "parameters are tracked variables");
    }

    @Test
    void embeddingLooksUpRows() {
        Embedding embedding = Embedding.create(5, 3, Initialization.of(Initialization.Scheme.NORMAL, 1.0),
                DType.FLOAT32, RandomStream.seeded(2));

        Tensor out = embedding.forward(4, 1);

        assertEquals(Shape.of(2, 3), out.shape(), "two tokens of dimension 3");
        assertEquals(embedding.table().get(4, 2), out.get(0, 2), 0.0, "row of token 4");
        assertEquals(DType.FLOAT32, out.dtype(), "embedding keeps its element type");
    }

    @Test
    void withParametersRejectsWrongShapes() {
        MLP model = network(Activation.TANH, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.withParameters(List.of(Tensor.of(1.0))), "a single scalar is not a parameter list");
        assertTrue(e.getMessage().contains("expected 4 parameters"),
                "message names the expected count: " + e.getMessage());
    }
}
