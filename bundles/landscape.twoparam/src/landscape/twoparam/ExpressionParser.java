/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import landscape.core.tensor.Tensor;
import landscape.twoparam.ExpressionNode.Arithmetic;
import landscape.twoparam.ExpressionNode.Call;
import landscape.twoparam.ExpressionNode.Constant;
import landscape.twoparam.ExpressionNode.ConstantPower;
import landscape.twoparam.ExpressionNode.Negation;
import landscape.twoparam.ExpressionNode.Variable;
import landscape.twoparam.ExpressionNode.VariablePower;

/**
 * A recursive-descent parser of the expression grammar, one method per rule, lowest precedence
 * first:
 *
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = signed { ("*" | "/") signed }
 * signed  = ("-" | "+") signed | power
 * power   = primary [ "^" signed ]          right-associative: 2^3^2 = 2^9, -x^2 = -(x^2)
 * primary = number | constant | variable | function "(" sum ")" | "(" sum ")"
 * </pre>
 *
 * Subexpressions without variables are folded into constants while parsing.
 */
final class ExpressionParser {

    private static final Map<String, UnaryOperator<Tensor>> FUNCTIONS = functions();

    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E);

    private final String text;
    private int position;

    private ExpressionParser(String text) {
        this.text = text;
    }

    static ExpressionNode parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw new ExpressionSyntaxException(1, "expected an expression in x and y but the text is empty");
        }

        ExpressionNode root = parser.sum();
        if (!parser.atEnd()) {
            throw parser.error("expected an operator or the end of the expression but found '" + parser.peek() + "'");
        }
        return root;
    }

    /** @return the names of the functions an expression may call */
    static String functionNames() {
        return String.join(" ", FUNCTIONS.keySet());
    }

    private static Map<String, UnaryOperator<Tensor>> functions() {
        Map<String, UnaryOperator<Tensor>> functions = new LinkedHashMap<>();
        functions.put("exp", Tensor::exp);
        functions.put("log", Tensor::log);
        functions.put("sin", ElementaryFunctions::sin);
        functions.put("cos", ElementaryFunctions::cos);
        functions.put("tanh", Tensor::tanh);
        functions.put("sqrt", Tensor::sqrt);
        functions.put("abs", ElementaryFunctions::abs);
        functions.put("sigmoid", Tensor::sigmoid);
        return functions;
    }

    private ExpressionNode sum() {
        ExpressionNode node = product();
        for (char operator = acceptOneOf("+-"); operator != 0; operator = acceptOneOf("+-")) {
            node = folded(new Arithmetic(operator, node, product()));
        }
        return node;
    }

    private ExpressionNode product() {
        ExpressionNode node = signed();
        for (char operator = acceptOneOf("*/"); operator != 0; operator = acceptOneOf("*/")) {
            node = folded(new Arithmetic(operator, node, signed()));
        }
        return node;
    }

    private ExpressionNode signed() {
        if (accept('-')) {
            return folded(new Negation(signed()));
        }
        if (accept('+')) {
            return signed();
        }
        return power();
    }

    private ExpressionNode power() {
        ExpressionNode base = primary();
        if (!accept('^')) {
            return base;
        }

        ExpressionNode exponent = signed();
        if (!(exponent instanceof Constant constant)) {
            return folded(new VariablePower(base, exponent));
        }
        // x^0 is 1 everywhere; the core's derivative p x^(p-1) would give 0 * infinity at x = 0.
        return constant.value() == 0 ? new Constant(1) : folded(new ConstantPower(base, constant.value()));
    }

    private ExpressionNode primary() {
        if (atEnd()) {
            throw error("expected a number, a name or '(' but the expression ends here");
        }

        char c = peek();
        if (Character.isDigit(c) || c == '.') {
            return new Constant(number());
        }
        if (Character.isLetter(c)) {
            return named();
        }
        if (c == '(') {
            int open = position + 1;
            accept('(');
            ExpressionNode inner = sum();
            expect(')', "expected ')' to close the '(' at column " + open);
            return inner;
        }
        throw error("expected a number, a name or '(' but found '" + c + "'");
    }

    private ExpressionNode named() {
        int start = position;
        while (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        String name = text.substring(start, position);
        skipSpaces();

        UnaryOperator<Tensor> function = FUNCTIONS.get(name);
        if (function != null) {
            expect('(', "expected '(' after the function name " + name);
            ExpressionNode argument = sum();
            expect(')', "expected ')' after the argument of " + name);
            return folded(new Call(name, function, argument));
        }
        return switch (name) {
            case "x", "w1" -> new Variable(true);
            case "y", "w2" -> new Variable(false);
            default -> constant(name, start);
        };
    }

    private ExpressionNode constant(String name, int start) {
        Double value = CONSTANTS.get(name);
        if (value == null) {
            throw new ExpressionSyntaxException(start + 1, "unknown name '" + name
                    + "'; expected x, y (or w1, w2), pi, e or one of the functions " + functionNames());
        }
        return new Constant(value);
    }

    private double number() {
        int start = position;
        digits();
        if (!atEnd() && text.charAt(position) == '.') {
            position++;
            digits();
        }
        exponentPart(start);

        String written = text.substring(start, position);
        skipSpaces();
        if (written.equals(".")) {
            throw new ExpressionSyntaxException(start + 1, "expected digits before or after '.'");
        }
        return Double.parseDouble(written);
    }

    // An exponent such as e-3 belongs to the number only when digits follow; otherwise 'e' is the constant.
    private void exponentPart(int start) {
        if (atEnd() || Character.toLowerCase(text.charAt(position)) != 'e') {
            return;
        }

        int mark = position + 1;
        if (mark < text.length() && (text.charAt(mark) == '+' || text.charAt(mark) == '-')) {
            mark++;
        }
        if (mark < text.length() && Character.isDigit(text.charAt(mark))) {
            position = mark;
            digits();
        }
    }

    private void digits() {
        while (!atEnd() && Character.isDigit(text.charAt(position))) {
            position++;
        }
    }

    // A node whose operands are all constants is replaced by its value.
    private static ExpressionNode folded(ExpressionNode node) {
        boolean constant = switch (node) {
            case Arithmetic a -> a.left() instanceof Constant && a.right() instanceof Constant;
            case Negation n -> n.operand() instanceof Constant;
            case Call c -> c.argument() instanceof Constant;
            case ConstantPower p -> p.base() instanceof Constant;
            case VariablePower p -> p.base() instanceof Constant && p.exponent() instanceof Constant;
            default -> false;
        };
        if (!constant) {
            return node;
        }
        Tensor unused = Tensor.scalar(0);
        return new Constant(node.evaluate(unused, unused).item());
    }

    /** @return the operator, consumed, when the next character is one of {@code operators}; otherwise 0 */
    private char acceptOneOf(String operators) {
        if (atEnd() || operators.indexOf(peek()) < 0) {
            return 0;
        }
        char operator = peek();
        accept(operator);
        return operator;
    }

    private boolean accept(char expected) {
        if (atEnd() || text.charAt(position) != expected) {
            return false;
        }
        position++;
        skipSpaces();
        return true;
    }

    private void expect(char expected, String problem) {
        if (!accept(expected)) {
            throw error(atEnd() ? problem + " but the expression ends here" : problem + " but found '" + peek() + "'");
        }
    }

    private ExpressionSyntaxException error(String problem) {
        return new ExpressionSyntaxException(position + 1, problem);
    }

    private char peek() {
        return text.charAt(position);
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
