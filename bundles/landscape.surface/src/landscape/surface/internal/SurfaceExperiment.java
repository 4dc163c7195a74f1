/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import landscape.core.optim.Adam;
import landscape.core.optim.LearningRate;
import landscape.core.optim.Optimizer;
import landscape.core.optim.Sgd;
import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.RunContext;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.results.Grid;
import landscape.framework.results.Series;
import landscape.twoparam.Box;
import landscape.twoparam.LossGrid;
import landscape.twoparam.LossParameters;
import landscape.twoparam.TwoParameterLoss;

/**
 * The loss surface of a model with two parameters, or of a typed function: the landscape over a
 * box, slices through a chosen point along each axis, and optimizer paths from chosen starts.
 */
public final class SurfaceExperiment implements Experiment {

    static final String GD = "gd";
    static final String MOMENTUM = "momentum";
    static final String ADAM = "adam";

    /**
     * A trajectory whose loss exceeds the landscape's largest magnitude by this factor has left the
     * box for good: no optimizer that converges gets there, and an overflow would follow soon.
     */
    static final double DIVERGENCE_FACTOR = 1e6;

    private static final String SLICES = "Slices";
    private static final String DESCENT = "Descent";

    private static final ParameterSet PARAMETERS = declare();

    private static ParameterSet declare() {
        ParameterSet.Builder builder = LossParameters.declare(ParameterSet.builder(), "tanhUnit",
                "(1-x)^2 + 100*(y-x^2)^2", new Box(-3, 3, -3, 3));
        return builder
                .add(Parameter.bool("logColourScale").label("Logarithmic colour scale").section("Landscape")
                        .defaultValue(false).help("Colour the landscape by log10 of the loss, which shows the floor"
                                + " of a deep valley; the choice is recorded in the summary."))
                .add(Parameter.numbers("slicePoint").label("Slice point").section(SLICES).items(2, 2)
                        .range(-1e6, 1e6).defaultValue(new double[] {1, 1})
                        .help("The point (w1, w2) through which the loss is cut along w1 and along w2."))
                .add(Parameter.numbers("starts").label("Start points").section(DESCENT).items(2, 200)
                        .range(-1e6, 1e6).defaultValue(new double[] {-2.5, 0.5, 0.5, -2.5, 2.5, 2.5})
                        .help("Pairs w1, w2, one pair per trajectory: -2.5, 0.5, 0.5, -2.5 are two starts."))
                .add(Parameter.choice("optimizer", GD, MOMENTUM, ADAM).label("Optimizer").section(DESCENT)
                        .defaultValue(GD).help("gd: plain gradient descent; momentum: heavy ball; adam: Adam with"
                                + " beta1 0.9 and beta2 0.999."))
                .add(Parameter.number("stepSize").label("Step size").section(DESCENT).range(1e-9, 1e6)
                        .defaultValue(0.1).help("The learning rate; too large a step makes the path diverge."))
                .add(Parameter.number("momentum").label("Momentum").section(DESCENT).range(0, 0.999)
                        .defaultValue(0.9).help("Used by the momentum optimizer; 0 is plain gradient descent."))
                .add(Parameter.integer("steps").label("Steps").section(DESCENT).range(1, 100_000).defaultValue(200)
                        .help("How many steps each trajectory takes at most."))
                .rule(SurfaceExperiment::checkPairs)
                .build();
    }

    private static Optional<Problem> checkPairs(ParameterValues values) {
        double[] starts = values.numbers("starts");
        if (starts.length % 2 == 0) {
            return Optional.empty();
        }
        String written = Arrays.toString(starts);
        return Optional.of(Problem.error("starts", written, "starts: " + written + " has " + starts.length
                + " numbers; expected pairs w1, w2, an even count"));
    }

    @Override
    public String description() {
        return "The loss of a model with just two weights can be drawn completely: every point of the picture is"
                + " one setting of (w1, w2) and its colour is the loss there. Look for where the valleys run, how"
                + " flat their floors are and whether there is more than one minimum: the tanh unit is symmetric"
                + " under (w1, w2) -> (-w1, -w2), so it has two, and the linear network has a whole curve of them."
                + " The slices cut the surface along each axis through one point, so you can read off the curvature"
                + " there. Then start the optimizer at different points and follow its paths: along a narrow valley"
                + " gradient descent zig-zags, momentum overshoots and Adam takes steps of about its learning rate;"
                + " raise the step size until a path diverges and is marked as such.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public void run(ParameterValues values, RunContext context) {
        TwoParameterLoss loss = LossParameters.loss(values);
        Box box = LossParameters.box(values);
        int resolution = LossParameters.resolution(values);
        Grid grid = LossGrid.of(loss, box, resolution);
        context.results().add(grid);
        context.progress(0.1, "landscape computed");

        addSlices(loss, box, resolution, values.numbers("slicePoint"), context);
        context.progress(0.15, "slices computed");

        List<Map<String, Object>> reports = trajectories(loss, values, largestMagnitude(grid), context);

        context.results().summary("loss", loss.description());
        context.results().summary("logColourScale", values.bool("logColourScale"));
        context.results().summary("gridMinimum", gridMinimum(grid));
        context.results().summary("trajectories", reports);
    }

    private static void addSlices(TwoParameterLoss loss, Box box, int resolution, double[] point, RunContext context) {
        double[] w1s = box.w1Axis(resolution);
        double[] w2s = box.w2Axis(resolution);
        double[] alongW1 = loss.grid(w1s, new double[] {point[1]})[0];
        double[][] alongW2 = loss.grid(new double[] {point[0]}, w2s);

        Series w1Slice = context.results().series("slice-w1", "w1", "loss");
        for (int i = 0; i < resolution; i++) {
            w1Slice.append(w1s[i], alongW1[i]);
        }
        Series w2Slice = context.results().series("slice-w2", "w2", "loss");
        for (int j = 0; j < resolution; j++) {
            w2Slice.append(w2s[j], alongW2[j][0]);
        }
    }

    private static List<Map<String, Object>> trajectories(TwoParameterLoss loss, ParameterValues values,
            double landscapeScale, RunContext context) {
        double[] starts = values.numbers("starts");
        int count = starts.length / 2;
        double divergedLoss = DIVERGENCE_FACTOR * Math.max(1.0, landscapeScale);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String optimizerName = values.choice("optimizer");
            Trajectory trajectory = new Trajectory(loss, optimizerName, optimizer(values), divergedLoss);
            double[] start = {starts[2 * k], starts[2 * k + 1]};
            reports.add(trajectory.run("trajectory-" + (k + 1), start, values.integer("steps"), context).report());
            context.progress(0.15 + 0.85 * (k + 1) / count, "trajectory " + (k + 1) + " of " + count);
        }
        return reports;
    }

    private static Optimizer optimizer(ParameterValues values) {
        LearningRate rate = LearningRate.constant(values.number("stepSize"));
        return switch (values.choice("optimizer")) {
            case MOMENTUM -> Sgd.momentum(rate, values.number("momentum"));
            case ADAM -> Adam.withDefaults(rate);
            default -> Sgd.plain(rate);
        };
    }

    /** @return the largest finite |loss| on the grid, the scale against which divergence is judged */
    private static double largestMagnitude(Grid grid) {
        double largest = 0.0;
        for (double[] row : grid.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    /** @return the lowest cell of the grid as {point: [w1, w2], loss}; NaN cells are skipped */
    static Map<String, Object> gridMinimum(Grid grid) {
        int bestI = -1;
        int bestJ = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < grid.ys().length; j++) {
            for (int i = 0; i < grid.xs().length; i++) {
                if (grid.value(i, j) < best) {
                    best = grid.value(i, j);
                    bestI = i;
                    bestJ = j;
                }
            }
        }

        Map<String, Object> minimum = new LinkedHashMap<>();
        minimum.put("point", bestI < 0 ? new double[] {Double.NaN, Double.NaN}
                : new double[] {grid.xs()[bestI], grid.ys()[bestJ]});
        minimum.put("loss", best == Double.POSITIVE_INFINITY ? Double.NaN : best);
        return minimum;
    }
}
