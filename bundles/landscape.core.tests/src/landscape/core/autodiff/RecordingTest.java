/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.core.data.RandomStream;
import landscape.core.data.SineData;
import landscape.core.loss.MeanSquaredError;
import landscape.core.nn.Activation;
import landscape.core.nn.Initialization;
import landscape.core.nn.MLP;
import landscape.core.nn.ParameterVector;
import landscape.core.optim.AdamW;
import landscape.core.optim.LearningRate;
import landscape.core.tensor.DType;
import landscape.core.tensor.Tensor;
import landscape.core.tests.support.Tolerances;

/** Recording, the no-grad scope and the reverse sweep as a user relies on them. */
class RecordingTest {

    @Test
    void noGradScopeRecordsNothing() {
        Tensor w = Tensor.of(1.0, 2.0).variable();

        Tensor inside;
        try (NoGrad scope = NoGrad.enter()) {
            inside = w.tanh().mul(w).sum();
            assertFalse(NoGrad.isRecording(), "recording is off inside the scope");
        }
        Tensor outside = w.tanh().mul(w).sum();

        assertFalse(inside.isTracked(), "a loss evaluated inside NoGrad builds no graph");
        assertTrue(outside.isTracked(), "recording resumes when the scope closes");
        assertFalse(Tensor.of(1.0).exp().isTracked(), "operations on constants record nothing");
    }

    @Test
    void untrackedScalarIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gradients.of(Tensor.scalar(1.0), Tensor.of(1.0).variable()), "constant scalar");
        assertTrue(e.getMessage().contains("not tracked"), "message says why: " + e.getMessage());
    }

    @Test
    void unusedVariableHasZeroGradientAndGraphsCanBeReused() {
        Tensor a = Tensor.of(3.0).variable();
        Tensor unused = Tensor.of(1.0, 1.0).variable();
        Tensor y = a.square().mul(a).sum();

        List<Tensor> first = Gradients.of(y, List.of(a, unused));
        List<Tensor> second = Gradients.of(y, List.of(a, unused));

        assertEquals(27.0, first.get(0).item(), Tolerances.EXACT, "d(a^3)/da = 3a^2 at 3");
        assertArrayEquals(new double[2], first.get(1).toArray(), 0.0, "a variable not on the path gets zeros");
        assertEquals(first.get(0).item(), second.get(0).item(), 0.0, "a second sweep over the same graph agrees");
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        Tensor x = Tensor.of(0.5).variable();
        Tensor y = x;
        for (int i = 0; i < 50_000; i++) {
            y = y.mul(1.0);
        }

        assertEquals(1.0, Gradients.of(y.sum(), x).item(), 0.0, "gradient through 50 000 recorded steps");
    }

    @Test
    void oneSeedGivesABitIdenticalTrainingRun() {
        assertArrayEquals(train(17), train(17), 0.0, "two runs from one seed end at identical parameters");
    }

    private static double[] train(long seed) {
        RandomStream random = RandomStream.seeded(seed);
        SineData.Samples data = SineData.uniform(64, -3, 3, 0.1, random.derive("data"));
        MLP model = MLP.create(new int[] { 1, 8, 1 }, Activation.TANH,
                Initialization.of(Initialization.Scheme.XAVIER_UNIFORM, 1.0),
                Initialization.of(Initialization.Scheme.ZEROS, 0.0), DType.FLOAT32, random.derive("init"));
        AdamW optimizer = AdamW.withDecay(LearningRate.linearWarmup(0.01, 5), AdamW.WEIGHT_DECAY);
        for (int step = 0; step < 20; step++) {
            Tensor loss = MeanSquaredError.of(model.forward(data.x().to(DType.FLOAT32)), data.y().to(DType.FLOAT32));
            model = model.withParameters(optimizer.step(model.parameters(), Gradients.of(loss, model.parameters())));
        }
        return ParameterVector.flatten(model.parameters()).toArray();
    }
}
