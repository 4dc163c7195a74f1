/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import landscape.core.tensor.Tensor;

/** The expression parser: precedence, signs, powers, functions, and errors that name their column. */
class ExpressionParserTest {

    /**
     * Values are computed by the same double arithmetic as the expected closed forms, in a
     * possibly different order; a few ulps of the operands, 1e-14 relative, covers that.
     */
    private static final double VALUE_TOLERANCE = 1e-14;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "8 / 4 / 2; 1",
        "10 - 4 - 3; 3",
        "2 ^ 3 ^ 2; 512",
        "-2 ^ 2; -4",
        "(-2) ^ 2; 4",
        "2 * -3; -6",
        "--3; 3",
        "+4 - -1; 5",
        "2 ^ -1; 0.5",
        "4 ^ 0.5; 2",
        "1e-3 * 1000; 1",
        "2.5e+1 + .5; 25.5",
        "2 * e; 5.43656365691809",
        "pi; 3.141592653589793",
        "exp(0) + log(e) + sin(0) + cos(0); 3",
        "tanh(0) + sqrt(9) + abs(-2) + sigmoid(0); 5.5",
        "sin(pi / 2) ^ 2; 1"})
    void constantExpressionsFollowTheUsualPrecedence(String text, double expected) {
        double value = valueAt(text, 0, 0);

        assertEquals(expected, value, Math.abs(expected) * VALUE_TOLERANCE + VALUE_TOLERANCE, text);
    }

    @Test
    void variablesAndTheirAliasesTakeThePointsCoordinates() {
        double x = 0.7;
        double y = -1.3;

        assertEquals(x - y, valueAt("x - y", x, y), VALUE_TOLERANCE, "x - y");
        assertEquals(x - y, valueAt("w1 - w2", x, y), VALUE_TOLERANCE, "w1 - w2 are aliases of x and y");
        assertEquals(-x * x, valueAt("-x^2", x, y), VALUE_TOLERANCE, "unary minus binds looser than ^");
        assertEquals(x * x * x - 3 * x * y * y, valueAt("x^3 - 3*x*y^2", x, y), VALUE_TOLERANCE, "monkey saddle");
        assertEquals(Math.pow(x, y), valueAt("x^y", x, y), VALUE_TOLERANCE, "variable exponent");
    }

    @ParameterizedTest(name = "\"{0}\" fails at column {1}")
    @CsvSource(delimiter = ';', value = {
        "sin(x; 6; expected ')' after the argument of sin",
        "sin x; 5; expected '(' after the function name sin",
        "1 + * 2; 5; expected a number, a name or '('",
        "(1 + 2; 7; expected ')' to close the '(' at column 1",
        "foo(x); 1; unknown name 'foo'",
        "x y; 3; expected an operator or the end of the expression",
        "2 * (x - 1) ); 13; expected an operator or the end of the expression",
        "x +; 4; the expression ends here",
        "x # 2; 3; expected an operator",
        "'  '; 1; the text is empty"})
    void syntaxErrorsNameTheColumnAndWhatWasExpected(String text, int column, String expected) {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(text),
                "\"" + text + "\" must not parse");

        assertEquals(column, e.column(), "column of the problem in \"" + text + "\": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("column " + column + ": "), "message starts with the column: "
                + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "message says what was expected: " + e.getMessage());
    }

    private static double valueAt(String text, double x, double y) {
        return Expression.parse(text).evaluate(Tensor.of(x), Tensor.of(y)).sum().item();
    }
}
