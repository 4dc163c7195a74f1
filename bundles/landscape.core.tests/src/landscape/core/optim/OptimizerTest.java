/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.core.autodiff.Gradients;
import landscape.core.tensor.Tensor;
import landscape.core.tests.support.Tolerances;

/**
 * Optimisers step by step against a sequence computed by hand from the published update rules
 * (PyTorch conventions), from {@code p0 = (1, -2)} with gradients {@code (0.5, 0.1)},
 * {@code (-0.3, 0.2)}, {@code (0.25, -0.4)} and rate 0.1. The expected values were computed
 * independently in float64; agreement is to {@link Tolerances#EXACT}.
 */
class OptimizerTest {

    private static final double[] START = { 1.0, -2.0 };
    private static final double[][] GRADIENTS = { { 0.5, 0.1 }, { -0.3, 0.2 }, { 0.25, -0.4 } };
    private static final LearningRate RATE = LearningRate.constant(0.1);

    private static void assertSequence(String name, Optimizer optimizer, double[][] expected) {
        List<Tensor> p = List.of(Tensor.of(START).variable());
        for (int t = 0; t < GRADIENTS.length; t++) {
            p = optimizer.step(p, List.of(Tensor.of(GRADIENTS[t])));
            assertArrayEquals(expected[t], p.get(0).toArray(), Tolerances.EXACT,
                    name + " after step " + (t + 1) + ", tolerance EXACT");
        }
        assertEquals(GRADIENTS.length, optimizer.steps(), name + " step count");
    }

    @Test
    void plainSgd() {
        assertSequence("SGD", Sgd.plain(RATE), new double[][] { { 0.95, -2.01 }, { 0.98, -2.03 }, { 0.955, -1.99 } });
    }

    @Test
    void sgdWithWeightDecay() {
        assertSequence("SGD, L2 0.1", Sgd.plain(RATE).withWeightDecay(0.1),
                new double[][] { { 0.94, -1.99 }, { 0.9606, -1.9901 }, { 0.925994, -1.930199 } });
    }

    @Test
    void heavyBallMomentum() {
        assertSequence("momentum 0.9", Sgd.momentum(RATE, 0.9),
                new double[][] { { 0.95, -2.01 }, { 0.935, -2.039 }, { 0.8965, -2.0251 } });
    }

    @Test
    void nesterovMomentum() {
        assertSequence("Nesterov 0.9", Sgd.nesterov(RATE, 0.9),
                new double[][] { { 0.905, -2.019 }, { 0.9215, -2.0651 }, { 0.86185, -2.01259 } });
    }

    @Test
    void adam() {
        assertSequence("Adam", Adam.withDefaults(RATE), new double[][] {
                { 0.900000002, -2.099999990000001 },
                { 0.8808501989417752, -2.196518186478747 },
                { 0.8420556836920712, -2.1771387417102908 } });
    }

    @Test
    void adamWithL2() {
        assertSequence("Adam, L2 0.1", new Adam(RATE, 0.9, 0.999, 1e-8, 0.1), new double[][] {
                { 0.9000000016666666, -1.900000009999999 },
                { 0.8613529972101512, -1.8407351661168132 },
                { 0.8050657705749757, -1.77001619612856 } });
    }

    @Test
    void adamWDecouplesTheDecay() {
        assertSequence("AdamW 0.1", new AdamW(RATE, 0.9, 0.999, 1e-8, 0.1), new double[][] {
                { 0.890000002, -2.079999990000001 },
                { 0.8619501989217752, -2.155718186578747 },
                { 0.8145361816828534, -2.1147815599445035 } });
    }

    @Test
    void linearWarmupRampsThenHolds() {
        LearningRate warmup = LearningRate.linearWarmup(0.4, 4);

        double[] rates = { warmup.at(1), warmup.at(2), warmup.at(4), warmup.at(5), warmup.at(100) };

        assertArrayEquals(new double[] { 0.1, 0.2, 0.4, 0.4, 0.4 }, rates, Tolerances.EXACT, "warm-up rates");
    }

    @Test
    void gradientDescentContractsAtTheConditionNumberRate() {
        double lmin = 1.0;
        double lmax = 25.0;
        double k = lmax / lmin;
        double rate = 2.0 / (lmin + lmax);
        Tensor curvature = Tensor.of(lmin, lmax);
        Optimizer sgd = Sgd.plain(LearningRate.constant(rate));

        Tensor x = Tensor.of(1.0, 1.0).variable();
        double previous = norm(x);
        for (int t = 1; t <= 10; t++) {
            Tensor loss = x.square().mul(curvature).sum().mul(0.5);
            x = sgd.step(List.of(x), Gradients.of(loss, List.of(x))).get(0);

            double current = norm(x);
            assertEquals((k - 1) / (k + 1), current / previous, Tolerances.EXACT,
                    "contraction at step " + t + " for k = " + k + ", tolerance EXACT");
            previous = current;
        }
    }

    private static double norm(Tensor x) {
        double[] v = x.toArray();
        return Math.hypot(v[0], v[1]);
    }
}
