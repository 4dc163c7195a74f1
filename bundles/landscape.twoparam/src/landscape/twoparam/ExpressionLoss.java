/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.Arrays;

import landscape.core.autodiff.NoGrad;
import landscape.core.tensor.Shape;
import landscape.core.tensor.Tensor;

/** A typed expression used as a loss: L(w1, w2) = f(x = w1, y = w2). */
public final class ExpressionLoss implements TwoParameterLoss {

    private final Expression expression;

    /** @param expression the function of x and y */
    public ExpressionLoss(Expression expression) {
        this.expression = expression;
    }

    /** @return the expression */
    public Expression expression() {
        return expression;
    }

    @Override
    public String description() {
        return "f(x, y) = " + expression.text();
    }

    @Override
    public Tensor at(Tensor w) {
        Tensor value = expression.evaluate(w.slice(0, 0, 1), w.slice(0, 1, 2)).sum();

        // A constant expression is not computed from w; 0 * w keeps it differentiable (gradient 0).
        return value.isTracked() || !w.isTracked() ? value : value.add(w.sum().mul(0.0));
    }

    @Override
    public double[][] grid(double[] w1s, double[] w2s) {
        int columns = w1s.length;
        int rowsPerBlock = Math.max(1, Tensor.SMALL_SIZE_LIMIT / columns);
        Tensor x = Tensor.of(w1s).reshape(1, columns);
        double[][] values = new double[w2s.length][];

        // Blocks of whole rows stay on the core's plain-array path of small tensors.
        try (NoGrad scope = NoGrad.enter()) {
            for (int from = 0; from < w2s.length; from += rowsPerBlock) {
                int rows = Math.min(rowsPerBlock, w2s.length - from);
                double[] block = Arrays.copyOfRange(w2s, from, from + rows);
                Tensor y = Tensor.of(block).reshape(rows, 1);
                double[] flat = expression.evaluate(x, y).broadcastTo(Shape.of(rows, columns)).toArray();
                for (int r = 0; r < rows; r++) {
                    values[from + r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
                }
            }
        }
        return values;
    }
}
