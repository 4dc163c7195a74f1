/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import landscape.core.autodiff.Gradients;
import landscape.core.optim.Optimizer;
import landscape.core.tensor.Tensor;
import landscape.framework.experiment.RunContext;
import landscape.framework.results.Series;
import landscape.twoparam.LossGrid;
import landscape.twoparam.TwoParameterLoss;

/**
 * One optimizer's path over a loss from one start point: records the path (drawn over the
 * landscape) and the loss per step, and stops early when the loss diverges.
 */
final class Trajectory {

    /** What a finished trajectory reports; the final point is the last one with a finite, bounded loss. */
    record Outcome(double[] start, String optimizer, double[] finalPoint, double finalLoss, boolean diverged,
            int steps) {

        Map<String, Object> report() {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("start", start);
            report.put("optimizer", optimizer);
            report.put("finalPoint", finalPoint);
            report.put("finalLoss", finalLoss);
            report.put("diverged", diverged);
            report.put("steps", steps);
            return report;
        }
    }

    private final TwoParameterLoss loss;
    private final String optimizerName;
    private final Optimizer optimizer;
    private final double divergedLoss;

    /**
     * @param divergedLoss a loss of larger magnitude than this (or not finite) ends the trajectory as diverged
     */
    Trajectory(TwoParameterLoss loss, String optimizerName, Optimizer optimizer, double divergedLoss) {
        this.loss = loss;
        this.optimizerName = optimizerName;
        this.optimizer = optimizer;
        this.divergedLoss = divergedLoss;
    }

    /**
     * Takes up to {@code steps} steps from {@code start}, recording series named {@code name}
     * (the path) and {@code name-loss}.
     */
    Outcome run(String name, double[] start, int steps, RunContext context) {
        Series path = context.results().series(name, "step", "w1", "w2").attribute(Series.PLOT_ON, LossGrid.NAME);
        Series losses = context.results().series(name + "-loss", "step", "loss");

        Tensor w = Tensor.of(start).variable();
        double[] last = start.clone();
        double lastLoss = Double.NaN;
        int step = 0;
        boolean diverged = false;
        while (true) {
            Tensor value = loss.at(w);
            double[] point = w.toArray();
            double current = value.item();
            if (!isBounded(point, current)) {
                diverged = true;
                break;
            }
            path.append(step, point[0], point[1]);
            losses.append(step, current);
            last = point;
            lastLoss = current;
            if (step == steps) {
                break;
            }
            context.checkCancelled();

            w = optimizer.step(List.of(w), List.of(Gradients.of(value, w))).get(0);
            step++;
        }

        if (diverged) {
            path.attribute(Series.DIVERGED, "true");
            losses.attribute(Series.DIVERGED, "true");
        }
        int taken = diverged ? Math.max(0, step - 1) : step;
        return new Outcome(start.clone(), optimizerName, last, lastLoss, diverged, taken);
    }

    private boolean isBounded(double[] point, double value) {
        return Double.isFinite(point[0]) && Double.isFinite(point[1]) && Double.isFinite(value)
                && Math.abs(value) <= divergedLoss;
    }
}
