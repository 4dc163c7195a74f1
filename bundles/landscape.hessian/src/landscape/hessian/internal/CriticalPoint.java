/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import landscape.core.autodiff.Gradients;
import landscape.core.autodiff.Hessian;
import landscape.core.linalg.SymmetricEigen;
import landscape.core.tensor.Tensor;
import landscape.twoparam.TwoParameterLoss;

/**
 * A critical point of a loss and what its exact Hessian says about it.
 *
 * @param point (w1, w2)
 * @param loss the loss there
 * @param gradientNorm |grad L| there, close to 0 for a found point
 * @param eigenvalues the Hessian's eigenvalues, ascending
 * @param eigenvectors the unit eigenvector of each eigenvalue, in the same order
 * @param conditionNumber max |eigenvalue| / min |eigenvalue|; infinite when an eigenvalue is 0
 * @param type the kind of point, judged with the eigenvalue tolerance
 */
record CriticalPoint(double[] point, double loss, double gradientNorm, double[] eigenvalues, double[][] eigenvectors,
        double conditionNumber, PointType type) {

    /**
     * @param loss the loss
     * @param point where to analyse it
     * @param tolerance the largest |eigenvalue| that counts as 0
     * @return the analysis of {@code loss} at {@code point}
     */
    static CriticalPoint analyse(TwoParameterLoss loss, double[] point, double tolerance) {
        Tensor w = Tensor.of(point).variable();
        Tensor value = loss.at(w);
        double[] gradient = Gradients.of(value, w).toArray();

        SymmetricEigen eigen = SymmetricEigen.of(Hessian.toMatrix(Hessian.of(loss::at, Tensor.of(point))));
        double[] lambdas = eigen.values();
        double[][] vectors = {eigen.vector(0), eigen.vector(1)};
        return new CriticalPoint(point.clone(), value.item(), Math.hypot(gradient[0], gradient[1]), lambdas, vectors,
                conditionNumber(lambdas), PointType.of(lambdas, tolerance));
    }

    /** @return max |lambda| / min |lambda|, or infinity when the smallest |lambda| is 0 */
    static double conditionNumber(double[] eigenvalues) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (double v : eigenvalues) {
            smallest = Math.min(smallest, Math.abs(v));
            largest = Math.max(largest, Math.abs(v));
        }
        return smallest == 0 ? Double.POSITIVE_INFINITY : largest / smallest;
    }

    /** @return the numbers a point set carries for the workbench: loss, gradient norm, eigenvalues, eigenvectors */
    Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", loss);
        values.put("gradientNorm", gradientNorm);
        values.put("lambda1", eigenvalues[0]);
        values.put("lambda2", eigenvalues[1]);
        values.put("v1x", eigenvectors[0][0]);
        values.put("v1y", eigenvectors[0][1]);
        values.put("v2x", eigenvectors[1][0]);
        values.put("v2y", eigenvectors[1][1]);
        return values;
    }

    /** @return the row of the critical point table: w1, w2, loss, lambda1, lambda2, conditionNumber, type */
    List<Object> row() {
        return List.of(point[0], point[1], loss, eigenvalues[0], eigenvalues[1], conditionNumber, type.label());
    }

    /** @return the summary entry: point, loss, gradientNorm, eigenvalues, conditionNumber, type */
    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("point", point.clone());
        report.put("loss", loss);
        report.put("gradientNorm", gradientNorm);
        report.put("eigenvalues", eigenvalues.clone());
        report.put("conditionNumber", conditionNumber);
        report.put("type", type.label());
        return report;
    }
}
