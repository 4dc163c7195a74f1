/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.Hessian;
import landscape.core.tensor.Tensor;
import landscape.twoparam.Box;
import landscape.twoparam.TwoParameterLoss;

/**
 * Finds the critical points of a loss inside a box: from each of a grid of starts, it solves
 * grad L(w) = 0 by Newton's method with Levenberg-Marquardt damping, that is it minimises
 * |grad L|^2 with the step (H^2 + mu s I) d = -H g, where H is the exact Hessian, g the gradient
 * and s = |H|_F^2 makes mu scale-free. With mu near 0 this is Newton's step -H^-1 g, which
 * converges to minima, maxima and saddles alike; where H is singular or a step does not reduce
 * |g|, mu grows and the step turns towards gradient descent on |g|^2. Iteration goes on while |g|
 * still falls, so that degenerate points, where Newton converges only linearly, are approached
 * to rounding too. Points inside the box with |g| below the tolerance are kept, one per cluster.
 */
final class CriticalPointFinder {

    /** Damping to begin with: nearly a Newton step, which is what a start close to a point needs. */
    private static final double INITIAL_DAMPING = 1e-3;

    /** Damping never falls below this, which keeps (H^2 + mu s I) solvable at rounding level. */
    private static final double SMALLEST_DAMPING = 1e-15;

    /** Beyond this damping a step is a vanishing gradient step: |g| has a local minimum above 0 here, give up. */
    private static final double LARGEST_DAMPING = 1e10;

    /** Damping is divided by this after a successful step and multiplied after a failed one. */
    private static final double DAMPING_FACTOR = 10;

    /** A step below this many ulps of the point no longer changes it. */
    private static final double SMALLEST_RELATIVE_STEP = 1e-15;

    private final TwoParameterLoss loss;
    private final Box box;
    private final double gradientTolerance;
    private final double mergeDistance;
    private final int maxIterations;
    private final Runnable checkpoint;

    /**
     * @param gradientTolerance the largest |grad L| of a point that counts as critical
     * @param mergeDistance points closer than this are one point
     * @param maxIterations the most damped Newton steps per start
     * @param checkpoint called before every step, for cancellation
     */
    CriticalPointFinder(TwoParameterLoss loss, Box box, double gradientTolerance, double mergeDistance,
            int maxIterations, Runnable checkpoint) {
        this.loss = loss;
        this.box = box;
        this.gradientTolerance = gradientTolerance;
        this.mergeDistance = mergeDistance;
        this.maxIterations = maxIterations;
        this.checkpoint = checkpoint;
    }

    /**
     * @param startsPerSide the starts form a grid of this many points per side, at the centres of
     *     equal cells of the box
     * @param onStart called after each start with the fraction of starts done, for progress
     * @return the distinct critical points found, in the order found
     */
    List<double[]> find(int startsPerSide, DoubleConsumer onStart) {
        List<double[]> found = new ArrayList<>();
        for (int j = 0; j < startsPerSide; j++) {
            for (int i = 0; i < startsPerSide; i++) {
                double w1 = box.w1Min() + (box.w1Max() - box.w1Min()) * (i + 0.5) / startsPerSide;
                double w2 = box.w2Min() + (box.w2Max() - box.w2Min()) * (j + 0.5) / startsPerSide;
                solve(new double[] {w1, w2}).filter(p -> box.contains(p[0], p[1]))
                        .filter(p -> isNew(p, found)).ifPresent(found::add);
                onStart.accept((j * startsPerSide + i + 1.0) / (startsPerSide * startsPerSide));
            }
        }
        return found;
    }

    private boolean isNew(double[] p, List<double[]> found) {
        return found.stream().noneMatch(q -> Math.hypot(p[0] - q[0], p[1] - q[1]) < mergeDistance);
    }

    /** @return the critical point reached from {@code start}, or empty when the iteration does not converge */
    Optional<double[]> solve(double[] start) {
        double[] w = start.clone();
        double[] g = gradient(w);
        double damping = INITIAL_DAMPING;
        double[] h = hessian(w);
        for (int iteration = 0; iteration < maxIterations && norm(g) > 0 && damping <= LARGEST_DAMPING; iteration++) {
            checkpoint.run();
            double[] step = dampedStep(h, g, damping);
            if (Math.hypot(step[0], step[1]) <= SMALLEST_RELATIVE_STEP * (1 + Math.hypot(w[0], w[1]))) {
                break;
            }

            double[] trial = {w[0] + step[0], w[1] + step[1]};
            double[] trialGradient = gradient(trial);
            if (norm(trialGradient) < norm(g)) {
                w = trial;
                g = trialGradient;
                h = hessian(w);
                damping = Math.max(SMALLEST_DAMPING, damping / DAMPING_FACTOR);
            } else {
                damping *= DAMPING_FACTOR;
            }
            if (isFarOutside(w)) {
                return Optional.empty();
            }
        }
        return norm(g) < gradientTolerance ? Optional.of(w) : Optional.empty();
    }

    // Solves (H^2 + mu s I) d = -H g for the symmetric 2 x 2 Hessian h = [a, b; b, c].
    private static double[] dampedStep(double[] h, double[] g, double damping) {
        double a = h[0];
        double b = h[1];
        double c = h[3];
        double scale = a * a + 2 * b * b + c * c;
        double shift = damping * (scale > 0 ? scale : 1.0);
        double m11 = a * a + b * b + shift;
        double m12 = a * b + b * c;
        double m22 = b * b + c * c + shift;
        double r1 = -(a * g[0] + b * g[1]);
        double r2 = -(b * g[0] + c * g[1]);
        double det = m11 * m22 - m12 * m12;
        return new double[] {(m22 * r1 - m12 * r2) / det, (m11 * r2 - m12 * r1) / det};
    }

    // A path that has run off by more than the box's diagonal will not come back to a point inside.
    private boolean isFarOutside(double[] w) {
        double margin = box.diagonal();
        return !(w[0] > box.w1Min() - margin && w[0] < box.w1Max() + margin && w[1] > box.w2Min() - margin
                && w[1] < box.w2Max() + margin);
    }

    private double[] gradient(double[] w) {
        Tensor variable = Tensor.of(w).variable();
        return Gradients.of(loss.at(variable), variable).toArray();
    }

    private double[] hessian(double[] w) {
        return Hessian.of(loss::at, Tensor.of(w)).toArray();
    }

    // NaN counts as infinitely large, so that a step into an undefined region is refused.
    private static double norm(double[] g) {
        double n = Math.hypot(g[0], g[1]);
        return Double.isNaN(n) ? Double.POSITIVE_INFINITY : n;
    }
}
