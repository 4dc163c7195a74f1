/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.Objects;

import landscape.core.tensor.Tensor;

/**
 * A function of x and y typed as text, for example the Rosenbrock function
 * {@code (1-x)^2 + 100*(y-x^2)^2}, parsed into core tensor operations so that its gradient and
 * Hessian are exact. The text may use numbers ({@code 2}, {@code 0.5}, {@code 1e-3}), the
 * variables {@code x} and {@code y} (also written {@code w1} and {@code w2}), the constants
 * {@code pi} and {@code e}, the operators {@code + - * / ^} with the usual precedence (power
 * binds tightest and groups to the right; {@code -x^2} is {@code -(x^2)}), parentheses, and the
 * functions exp, log, sin, cos, tanh, sqrt, abs and sigmoid. Nothing else is evaluated: no
 * scripting engine and no reflection are involved.
 */
public final class Expression {

    private final String text;
    private final ExpressionNode root;

    private Expression(String text, ExpressionNode root) {
        this.text = text;
        this.root = root;
    }

    /**
     * @param text the expression
     * @return the parsed expression
     * @throws ExpressionSyntaxException naming the column and what was expected there
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Expression(text, ExpressionParser.parse(text));
    }

    /** @return the text as given */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression elementwise. {@code x} and {@code y} broadcast against each other;
     * the result has their broadcast shape, or fewer dimensions when the expression does not use
     * one of them (a constant expression gives a scalar).
     */
    public Tensor evaluate(Tensor x, Tensor y) {
        return root.evaluate(x, y);
    }

    @Override
    public String toString() {
        return text;
    }
}
