/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.function.UnaryOperator;

import landscape.core.tensor.Tensor;

/**
 * One node of a parsed expression. Evaluating it applies core tensor operations to the tensors
 * holding x and y, which broadcast against each other: a grid block passes x as a row and y as
 * a column, a single point passes two one-element vectors.
 */
sealed interface ExpressionNode {

    Tensor evaluate(Tensor x, Tensor y);

    /** A number or a named constant. */
    record Constant(double value) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return Tensor.scalar(value);
        }
    }

    /** The first (x, w1) or the second (y, w2) coordinate. */
    record Variable(boolean first) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return first ? x : y;
        }
    }

    /** Unary minus. */
    record Negation(ExpressionNode operand) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return operand.evaluate(x, y).neg();
        }
    }

    /** A named function of one argument. */
    record Call(String name, UnaryOperator<Tensor> function, ExpressionNode argument) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return function.apply(argument.evaluate(x, y));
        }
    }

    /** One of + - * /. */
    record Arithmetic(char operator, ExpressionNode left, ExpressionNode right) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            Tensor a = left.evaluate(x, y);
            Tensor b = right.evaluate(x, y);
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.sub(b);
                case '*' -> a.mul(b);
                case '/' -> a.div(b);
                default -> throw new IllegalStateException("operator '" + operator + "'; expected one of + - * /");
            };
        }
    }

    /** A power with a constant exponent, integer or real: the core's pow, exact at a zero base. */
    record ConstantPower(ExpressionNode base, double exponent) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return base.evaluate(x, y).pow(exponent);
        }
    }

    /** A power whose exponent varies: exp(exponent * log(base)), defined for a positive base. */
    record VariablePower(ExpressionNode base, ExpressionNode exponent) implements ExpressionNode {
        @Override
        public Tensor evaluate(Tensor x, Tensor y) {
            return exponent.evaluate(x, y).mul(base.evaluate(x, y).log()).exp();
        }
    }
}
