/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.lrsweep.internal;

/**
 * The loss L(w) = 1/2 w' A w on the plane, where the Hessian A has the eigenvalue lmin along the
 * direction at a chosen angle to the w1 axis and lmax = k lmin across it. Gradient descent with
 * step a multiplies the component of w along an eigenvector of eigenvalue l by (1 - a l) each
 * step, which is all the theory this exercise needs.
 */
final class QuadraticBowl {

    private final double smallest;
    private final double largest;
    private final double cos;
    private final double sin;

    /**
     * @param smallest lmin, positive
     * @param conditionNumber k = lmax / lmin, at least 1
     * @param degrees the angle of the eigenvector of lmin against the w1 axis
     */
    QuadraticBowl(double smallest, double conditionNumber, double degrees) {
        this.smallest = smallest;
        this.largest = smallest * conditionNumber;
        this.cos = Math.cos(Math.toRadians(degrees));
        this.sin = Math.sin(Math.toRadians(degrees));
    }

    double smallest() {
        return smallest;
    }

    double largest() {
        return largest;
    }

    /** @return the coordinate of w along the eigenvector of lmin */
    double flatComponent(double[] w) {
        return cos * w[0] + sin * w[1];
    }

    /** @return the coordinate of w along the eigenvector of lmax */
    double steepComponent(double[] w) {
        return -sin * w[0] + cos * w[1];
    }

    /** @return L(w), written in the eigenbasis: 1/2 (lmin u^2 + lmax v^2) */
    double loss(double[] w) {
        double u = flatComponent(w);
        double v = steepComponent(w);
        return 0.5 * (smallest * u * u + largest * v * v);
    }

    /** @return the gradient A w = lmin u e1 + lmax v e2 in the original coordinates */
    double[] gradient(double[] w) {
        double flat = smallest * flatComponent(w);
        double steep = largest * steepComponent(w);
        return new double[] {cos * flat - sin * steep, sin * flat + cos * steep};
    }

    /**
     * @return the contraction per step that theory predicts for gradient descent with step
     *     {@code step}: the larger of |1 - a lmin| and |1 - a lmax|, the slower direction
     */
    double theoreticalContraction(double step) {
        return Math.max(Math.abs(1 - step * smallest), Math.abs(1 - step * largest));
    }

    /** @return 2 / (lmin + lmax), the step at which both directions contract equally fast */
    double optimalStep() {
        return 2 / (smallest + largest);
    }

    /** @return 2 / lmax, above which the steep direction grows each step */
    double divergenceStep() {
        return 2 / largest;
    }
}
