/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Splits, seeded streams and data sets. */
class DataTest {

    private static void assertPartition(String what, int n, int[]... parts) {
        int[] seen = new int[n];
        for (int[] part : parts) {
            for (int i : part) {
                seen[i]++;
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen[i], what + ": index " + i + " must lie in exactly one part");
        }
    }

    @Test
    void splitIsDisjointAndCovering() {
        Split split = Split.of(103, 0.6, 0.2, RandomStream.seeded(1));

        assertPartition("train/validation/test", 103, split.train(), split.validation(), split.test());
        assertEquals(61, split.train().length, "floor(103 * 0.6) training indices");
        assertEquals(20, split.validation().length, "floor(103 * 0.2) validation indices");
    }

    @Test
    void kFoldValidationFoldsPartitionTheIndices() {
        List<KFold.Fold> folds = KFold.shuffled(23, 5, RandomStream.seeded(2));

        assertPartition("validation folds", 23, folds.stream().map(KFold.Fold::validation).toArray(int[][]::new));
        for (KFold.Fold fold : folds) {
            assertPartition("train plus validation of one fold", 23, fold.train(), fold.validation());
            int size = fold.validation().length;
            assertTrue(size == 4 || size == 5, "fold sizes differ by one at most, got " + size);
        }
        assertArrayEquals(new int[] { 0, 1, 2, 3 }, KFold.ordered(23, 5).get(0).validation(), "ordered first fold");
    }

    @Test
    void oneSeedGivesIdenticalStreamsAndDerivedStreamsAreIndependentOfDraws() {
        RandomStream a = RandomStream.seeded(42);
        RandomStream b = RandomStream.seeded(42);
        a.nextDouble();

        assertEquals(a.derive("init").nextDouble(), b.derive("init").nextDouble(), 0.0,
                "a derived stream depends on seed and name only, not on earlier draws");
        assertNotEquals(b.derive("init").nextDouble(), b.derive("split").nextDouble(), "names give other streams");
        assertArrayEquals(RandomStream.seeded(7).permutation(50), RandomStream.seeded(7).permutation(50),
                "permutations from one seed are identical");
    }

    @Test
    void sineDataIsDeterministicAndCentredOnTheSine() {
        SineData.Samples first = SineData.evenlySpaced(200, -3, 3, 0.1, RandomStream.seeded(3));
        SineData.Samples second = SineData.evenlySpaced(200, -3, 3, 0.1, RandomStream.seeded(3));

        assertArrayEquals(first.y().toArray(), second.y().toArray(), 0.0, "same seed, bit-identical targets");
        assertEquals(-3.0, first.x().get(0, 0), 0.0, "first input at low");
        assertEquals(3.0, first.x().get(199, 0), 0.0, "last input at high");
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            sum += first.y().get(i, 0) - Math.sin(first.x().get(i, 0));
        }
        assertEquals(0.0, sum / 200, 0.03, "mean noise within 4 standard errors, 4 * 0.1 / sqrt(200)");
    }

    @Test
    void uniformSineInputsStayInRange() {
        SineData.Samples s = SineData.uniform(100, 0, 1, 0.0, RandomStream.seeded(4));

        for (int i = 0; i < 100; i++) {
            double x = s.x().get(i, 0);
            assertTrue(x >= 0 && x < 1, "input " + i + " = " + x + " in [0, 1)");
            assertEquals(Math.sin(x), s.y().get(i, 0), 0.0, "no noise at noiseStd 0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ModularArithmetic.Operation.class)
    void modularTablesSatisfyTheirDefinition(ModularArithmetic.Operation op) {
        int p = 97;
        ModularArithmetic.Table table = ModularArithmetic.table(p, op);

        assertEquals(op == ModularArithmetic.Operation.DIVIDE ? p * (p - 1) : p * p, table.size(), "table size");
        for (int i = 0; i < table.size(); i += 37) {
            int a = table.left()[i];
            int b = table.right()[i];
            int c = table.result()[i];
            boolean holds = switch (op) {
                case ADD -> Math.floorMod(c - a - b, p) == 0;
                case SUBTRACT -> Math.floorMod(c + b - a, p) == 0;
                case MULTIPLY -> Math.floorMod(c - (long) a * b, p) == 0;
                case DIVIDE -> Math.floorMod((long) c * b - a, p) == 0;
            };
            assertTrue(holds, a + " " + op + " " + b + " = " + c + " mod " + p);
        }
    }

    @Test
    void modularTableRejectsComposites() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModularArithmetic.table(91, ModularArithmetic.Operation.ADD), "91 = 7 * 13");
        assertTrue(e.getMessage().contains("p = 91"), "message names the value: " + e.getMessage());
    }

    @Test
    void twoMoonsAreBalancedAndDeterministic() {
        TwoMoons.Points a = TwoMoons.generate(101, 0.1, RandomStream.seeded(5));
        TwoMoons.Points b = TwoMoons.generate(101, 0.1, RandomStream.seeded(5));

        int ones = 0;
        for (int label : a.labels()) {
            ones += label;
        }
        assertEquals(50, ones, "classes alternate: 51 zeros and 50 ones");
        assertArrayEquals(a.x().toArray(), b.x().toArray(), 0.0, "same seed, bit-identical points");
    }
}
