/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.bowl.internal;

import java.util.List;

import landscape.core.autodiff.Gradients;
import landscape.core.tensor.Tensor;

/**
 * The loss L(w) = 1/2 w' A w of a two-dimensional quadratic bowl whose Hessian A has the
 * eigenvalues lmin and lmax = k lmin, its axes turned by an angle. Its only critical point, the
 * minimum, is the origin. Gradients come from the core's automatic differentiation.
 */
final class Bowl {

    private final double smallest;
    private final double largest;
    private final double[][] hessian;
    private final Tensor matrix;

    /**
     * @param smallest the smallest eigenvalue of A (positive)
     * @param conditionNumber k = lmax / lmin (at least 1)
     * @param degrees the angle of the eigenvector of lmin against the first axis
     */
    Bowl(double smallest, double conditionNumber, double degrees) {
        this.smallest = smallest;
        this.largest = smallest * conditionNumber;
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        // A = R diag(lmin, lmax) R' with R the rotation by the angle.
        this.hessian = new double[][] {
            {smallest * c * c + largest * s * s, (smallest - largest) * c * s},
            {(smallest - largest) * c * s, smallest * s * s + largest * c * c}};
        this.matrix = Tensor.of(new double[] {hessian[0][0], hessian[0][1], hessian[1][0], hessian[1][1]}, 2, 2);
    }

    double smallest() {
        return smallest;
    }

    double largest() {
        return largest;
    }

    double conditionNumber() {
        return largest / smallest;
    }

    /** @return L at (w1, w2), in plain arithmetic, for grids */
    double loss(double w1, double w2) {
        return 0.5 * (hessian[0][0] * w1 * w1 + 2 * hessian[0][1] * w1 * w2 + hessian[1][1] * w2 * w2);
    }

    /** @return L(w) as a recorded scalar tensor, for gradients */
    Tensor loss(Tensor w) {
        Tensor column = w.reshape(2, 1);
        return column.transpose().matmul(matrix.matmul(column)).sum().mul(0.5);
    }

    /** @return the gradient of L at w (a variable of shape [2]) */
    Tensor gradient(Tensor w) {
        return Gradients.of(loss(w), List.of(w)).get(0);
    }

    /** @return the step size 2 / (lmin + lmax) at which gradient descent contracts fastest */
    double optimalStep() {
        return 2 / (smallest + largest);
    }

    /** @return the step size above which gradient descent diverges: 2 / lmax */
    double divergenceStep() {
        return 2 / largest;
    }

    /** @return the contraction per step of gradient descent at the optimal step: (k-1)/(k+1) */
    double gradientDescentRate() {
        double k = conditionNumber();
        return (k - 1) / (k + 1);
    }

    /** @return the step size of heavy-ball momentum tuned for this bowl: 4 / (sqrt(lmax) + sqrt(lmin))^2 */
    double tunedMomentumStep() {
        double root = Math.sqrt(largest) + Math.sqrt(smallest);
        return 4 / (root * root);
    }

    /** @return the momentum of heavy-ball tuned for this bowl: ((sqrt(k)-1)/(sqrt(k)+1))^2 */
    double tunedMomentum() {
        double rate = momentumRate();
        return rate * rate;
    }

    /** @return the contraction per step of tuned heavy-ball momentum: (sqrt(k)-1)/(sqrt(k)+1) */
    double momentumRate() {
        double root = Math.sqrt(conditionNumber());
        return (root - 1) / (root + 1);
    }
}
