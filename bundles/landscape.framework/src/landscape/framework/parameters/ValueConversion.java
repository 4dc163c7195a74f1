/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Converts parameter values between their JSON form in an experiment file, the text a user types
 * on the command line ({@code --set name=value}) and their Java type: Double, Long, Boolean,
 * String or List of Double.
 */
public final class ValueConversion {

    /** Whole numbers beyond this are not exact in a double and are refused as integers. */
    private static final double LARGEST_EXACT_INTEGER = 9007199254740992d;

    private ValueConversion() {
    }

    /**
     * @return the value of {@code node} as the Java type of {@code parameter}
     * @throws InvalidValueException naming the parameter, the value and what was expected
     */
    public static Object fromJson(Parameter parameter, JsonNode node) {
        Optional<?> value = switch (parameter.type()) {
            case NUMBER -> node.isNumber() ? Optional.of(node.asDouble()) : Optional.empty();
            case INTEGER -> integerOf(node);
            case BOOLEAN -> node.isBoolean() ? Optional.of(node.asBoolean()) : Optional.empty();
            case CHOICE, TEXT -> node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
            case NUMBER_LIST -> listOf(node);
        };
        return value.orElseThrow(() -> invalid(parameter, node.toString()));
    }

    /**
     * @return the JSON form of a value of {@code parameter}'s type
     */
    public static JsonNode toJson(Parameter parameter, Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parameter.type()) {
            case NUMBER -> nodes.numberNode((Double) value);
            case INTEGER -> nodes.numberNode((Long) value);
            case BOOLEAN -> nodes.booleanNode((Boolean) value);
            case CHOICE, TEXT -> nodes.textNode((String) value);
            case NUMBER_LIST -> {
                var array = nodes.arrayNode();
                ((List<?>) value).forEach(item -> array.add((Double) item));
                yield array;
            }
        };
    }

    /**
     * Parses the text a user typed for {@code parameter}: numbers in Java/JSON syntax, true or
     * false, a choice name, or a comma-separated list of numbers (brackets optional).
     *
     * @throws InvalidValueException naming the parameter, the text and what was expected
     */
    public static Object fromText(Parameter parameter, String text) {
        String trimmed = text.trim();
        try {
            return switch (parameter.type()) {
                case NUMBER -> Double.parseDouble(trimmed);
                case INTEGER -> Long.parseLong(trimmed);
                case BOOLEAN -> booleanOf(parameter, trimmed);
                case CHOICE, TEXT -> trimmed;
                case NUMBER_LIST -> numbersOf(trimmed);
            };
        } catch (NumberFormatException e) {
            throw invalid(parameter, text);
        }
    }

    /**
     * @return {@code value} in the Java type of parameters of {@code type} (Integer becomes Long
     *     or Double, arrays become lists), for defaults declared in code
     */
    static Object normalize(ParameterType type, Object value) {
        return switch (type) {
            case NUMBER -> value instanceof Number n ? n.doubleValue() : value;
            case INTEGER -> value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : value;
            case NUMBER_LIST -> value instanceof double[] array ? boxed(array) : value;
            default -> value;
        };
    }

    private static Optional<Long> integerOf(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Optional.of(node.asLong());
        }
        // 1e3 or 5.0 in a file is still a whole number; 2.5 is not.
        if (node.isNumber()) {
            double v = node.asDouble();
            if (v == Math.rint(v) && Math.abs(v) <= LARGEST_EXACT_INTEGER) {
                return Optional.of((long) v);
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Double>> listOf(JsonNode node) {
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isNumber()) {
                return Optional.empty();
            }
            values.add(item.asDouble());
        }
        return Optional.of(List.copyOf(values));
    }

    private static Boolean booleanOf(Parameter parameter, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(parameter, text);
        };
    }

    private static List<Double> numbersOf(String text) {
        String inner = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        List<Double> values = new ArrayList<>();
        if (inner.isBlank()) {
            return List.of();
        }
        for (String item : inner.split(",")) {
            values.add(Double.parseDouble(item.trim()));
        }
        return List.copyOf(values);
    }

    private static List<Double> boxed(double[] array) {
        List<Double> values = new ArrayList<>(array.length);
        for (double v : array) {
            values.add(v);
        }
        return List.copyOf(values);
    }

    private static InvalidValueException invalid(Parameter parameter, String written) {
        return new InvalidValueException(Problem.error(parameter.name(), written,
                parameter.name() + ": " + written + " is not valid; expected " + parameter.expected()));
    }
}
