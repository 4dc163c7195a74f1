/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import landscape.core.tensor.Tensor;

/**
 * Performance figures of the core, each measured against a baseline in the same run and
 * reported as a ratio, so that the numbers mean something on any machine. These are benchmarks,
 * not tests: nothing fails, the table states each goal and whether it was met.
 * <p>
 * Run with {@code java landscape.core.bench.Benchmarks}; the whole table takes well under two
 * minutes on two cores.
 */
public final class Benchmarks {

    private static final long SEED = 1L;
    private static final double NANOS_PER_MICRO = 1e3;
    private static final double NANOS_PER_MILLI = 1e6;

    /** Goal for the tiny network step, in microseconds. */
    public static final double TINY_STEP_GOAL_MICROS = 10.0;
    /** Goal for the grokking step, as a ratio to the hand-written Nd4j step. */
    public static final double GROKKING_GOAL_RATIO = 1.25;
    /** Goal for a Hessian-vector product, as a ratio to a gradient. */
    public static final double HVP_GOAL_RATIO = 4.0;
    /** Goal for the loss grid, in milliseconds. */
    public static final double GRID_GOAL_MILLIS = 100.0;

    /** One table row; {@code ratio} is measured / baseline, or for interleaved timings the median per-round ratio. */
    private record Row(String workload, String unit, double measured, String baseline, double baselineValue,
            double ratio, String goal, boolean met) {
    }

    private Benchmarks() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Measures every workload and writes one table row per workload to {@code out}. */
    public static void run(PrintStream out) {
        List<Row> rows = new ArrayList<>();
        rows.add(tinyNetwork());
        rows.addAll(lossGrid());
        GrokkingWorkload grokking = new GrokkingWorkload(SEED);
        rows.add(grokkingStep(grokking));
        rows.add(hessianVectorProduct(grokking));

        out.printf(Locale.ROOT, "%-44s %12s %-32s %12s %8s  %s%n", "workload", "median", "baseline (same run)",
                "baseline", "ratio", "goal");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-44s %9.2f %-2s %-32s %9.2f %-2s %8.2f  %s %s%n", r.workload(), r.measured(),
                    r.unit(), r.baseline(), r.baselineValue(), r.unit(), r.ratio(), r.goal(),
                    r.met() ? "(met)" : "(NOT met)");
        }
        out.println("ratio: measured / baseline; for workloads timed in alternation, the median of per-round ratios");
        out.printf(Locale.ROOT, "small-tensor limit %d elements; %d examples in the grokking batch; checksum %.3g%n",
                Tensor.SMALL_SIZE_LIMIT, grokking.examples(), Timing.sink());
    }

    private static Row tinyNetwork() {
        TinyNetworkWorkload tiny = new TinyNetworkWorkload(SEED);
        double library = Timing.medianNanos(tiny::libraryStep, 50_000, 31, 2_000) / NANOS_PER_MICRO;
        double plain = Timing.medianNanos(tiny::plainStep, 50_000, 31, 2_000) / NANOS_PER_MICRO;
        return new Row("(a) 2-parameter tanh net, MSE/100 pts, SGD step", "us", library, "plain doubles, hand gradient",
                plain, library / plain, "<= " + TINY_STEP_GOAL_MICROS + " us", library <= TINY_STEP_GOAL_MICROS);
    }

    private static List<Row> lossGrid() {
        TinyNetworkWorkload tiny = new TinyNetworkWorkload(SEED);
        LossGridWorkload grid = new LossGridWorkload(tiny.inputs(), tiny.targets());
        double[] batched = Timing.interleavedMedianNanos(grid::batched, grid::plainBatched, 3, 11);
        double[] pointwise = Timing.interleavedMedianNanos(grid::pointwise, grid::plain, 2, 7);
        double batchedMillis = batched[0] / NANOS_PER_MILLI;
        double pointwiseMillis = pointwise[0] / NANOS_PER_MILLI;
        String goal = "< " + GRID_GOAL_MILLIS + " ms";
        return List.of(
                new Row("(d) 201x201 loss grid, batched, tanh per w1", "ms", batchedMillis,
                        "plain loops, tanh per w1", batched[1] / NANOS_PER_MILLI, batched[2], goal,
                        batchedMillis < GRID_GOAL_MILLIS),
                new Row("(d') 201x201 loss grid, every point separately", "ms", pointwiseMillis,
                        "plain loops, every point", pointwise[1] / NANOS_PER_MILLI, pointwise[2], goal,
                        pointwiseMillis < GRID_GOAL_MILLIS));
    }

    private static Row grokkingStep(GrokkingWorkload grokking) {
        HandWrittenGrokkingStep hand = new HandWrittenGrokkingStep(grokking);
        double[] medians = Timing.interleavedMedianNanos(grokking::step, hand::step, 3, 21);
        double libraryMillis = medians[0] / NANOS_PER_MILLI;
        double handMillis = medians[1] / NANOS_PER_MILLI;
        double ratio = medians[2];
        return new Row("(b) grokking MLP step, fwd+bwd+AdamW, float32", "ms", libraryMillis,
                "hand-written Nd4j step", handMillis, ratio, "<= " + GROKKING_GOAL_RATIO + "x",
                ratio <= GROKKING_GOAL_RATIO);
    }

    private static Row hessianVectorProduct(GrokkingWorkload grokking) {
        List<Tensor> direction = new ArrayList<>();
        for (Tensor p : grokking.parameters()) {
            direction.add(Tensor.ones(p.shape(), p.dtype()));
        }
        double[] medians = Timing.interleavedMedianNanos(() -> grokking.hessianVectorProduct(direction),
                grokking::gradient, 2, 9);
        double hvp = medians[0] / NANOS_PER_MILLI;
        double gradient = medians[1] / NANOS_PER_MILLI;
        return new Row("(c) HVP of the grokking model", "ms", hvp, "gradient of the same model", gradient,
                medians[2], "<= " + HVP_GOAL_RATIO + "x", medians[2] <= HVP_GOAL_RATIO);
    }
}
