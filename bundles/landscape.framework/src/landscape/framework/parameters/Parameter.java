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
import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of one experiment parameter: its name in the file, how the form editor labels
 * and groups it, its type, default, allowed range or choices, unit and a sentence of help. A
 * declaration also checks and converts values, so the editor and the runner agree on what is
 * valid. Instances are immutable; create them with the static builders, for example
 * {@code Parameter.number("stepSize").label("Step size").range(0, 10).defaultValue(0.1).build()}.
 */
public final class Parameter {

    private final String name;
    private final String label;
    private final String section;
    private final ParameterType type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final int minItems;
    private final int maxItems;
    private final String unit;
    private final String help;

    private Parameter(Builder builder) {
        this.name = builder.name;
        this.label = builder.label == null ? builder.name : builder.label;
        this.section = builder.section;
        this.type = builder.type;
        this.min = builder.min;
        this.max = builder.max;
        this.choices = List.copyOf(builder.choices);
        this.minItems = builder.minItems;
        this.maxItems = builder.maxItems;
        this.unit = builder.unit;
        this.help = builder.help;
        this.defaultValue = builder.defaultValue;
    }

    /** @return a builder of a real-valued parameter */
    public static Builder number(String name) {
        return new Builder(name, ParameterType.NUMBER);
    }

    /** @return a builder of a whole-number parameter */
    public static Builder integer(String name) {
        return new Builder(name, ParameterType.INTEGER);
    }

    /** @return a builder of a true/false parameter */
    public static Builder bool(String name) {
        return new Builder(name, ParameterType.BOOLEAN);
    }

    /** @return a builder of a parameter that takes one of the given names */
    public static Builder choice(String name, String... choices) {
        Builder builder = new Builder(name, ParameterType.CHOICE);
        builder.choices.addAll(List.of(choices));
        return builder;
    }

    /** @return a builder of a list-of-numbers parameter */
    public static Builder numbers(String name) {
        return new Builder(name, ParameterType.NUMBER_LIST);
    }

    /** @return a builder of a free-text parameter (for example an expression) */
    public static Builder text(String name) {
        return new Builder(name, ParameterType.TEXT);
    }

    public String name() {
        return name;
    }

    /** @return the label the form editor shows; the name when none was given */
    public String label() {
        return label;
    }

    /** @return the section of the form this parameter is shown in */
    public String section() {
        return section;
    }

    public ParameterType type() {
        return type;
    }

    /**
     * @return the default: a Double, Long, Boolean, String or List of Double, by type
     */
    public Object defaultValue() {
        return defaultValue;
    }

    /** @return the smallest allowed number (inclusive), or negative infinity */
    public double min() {
        return min;
    }

    /** @return the largest allowed number (inclusive), or positive infinity */
    public double max() {
        return max;
    }

    /** @return the allowed names of a choice parameter, in the order the editor offers them */
    public List<String> choices() {
        return choices;
    }

    /** @return the smallest allowed length of a number list */
    public int minItems() {
        return minItems;
    }

    /** @return the largest allowed length of a number list */
    public int maxItems() {
        return maxItems;
    }

    /** @return the unit of the value, or {@code ""} when it has none */
    public String unit() {
        return unit;
    }

    /** @return one sentence that tells the learner what the parameter does */
    public String help() {
        return help;
    }

    /**
     * @return what a valid value looks like, for error messages and the editor's tooltips, for
     *     example "an integer from 1 to 100000"
     */
    public String expected() {
        return switch (type) {
            case NUMBER, INTEGER -> type.expected() + rangeText();
            case BOOLEAN, TEXT -> type.expected();
            case CHOICE -> "one of " + String.join(", ", choices);
            case NUMBER_LIST -> type.expected() + itemsText() + (hasRange() ? ", each" + rangeText() : "");
        };
    }

    /**
     * Checks a typed value against this declaration.
     *
     * @param value a value of this parameter's Java type (see {@link #defaultValue()})
     * @return the problem with it, or empty when it is valid
     */
    public Optional<Problem> check(Object value) {
        String written = ValueText.of(value);
        return switch (type) {
            case NUMBER -> checkNumber(value, written);
            case INTEGER -> value instanceof Long l ? checkRange(l, written) : wrongType(written);
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : wrongType(written);
            case CHOICE -> value instanceof String s && choices.contains(s) ? Optional.empty() : wrongType(written);
            case TEXT -> value instanceof String ? Optional.empty() : wrongType(written);
            case NUMBER_LIST -> checkList(value, written);
        };
    }

    private Optional<Problem> checkNumber(Object value, String written) {
        if (!(value instanceof Double d)) {
            return wrongType(written);
        }
        if (!Double.isFinite(d)) {
            return Optional.of(Problem.error(name, written, name + ": " + written + " is not a finite number; expected "
                    + expected()));
        }
        return checkRange(d, written);
    }

    private Optional<Problem> checkRange(double v, String written) {
        if (v >= min && v <= max) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(name, written, name + ": " + written + " is out of range; expected "
                + expected()));
    }

    private Optional<Problem> checkList(Object value, String written) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Double.class::isInstance)) {
            return wrongType(written);
        }
        if (list.size() < minItems || list.size() > maxItems) {
            return Optional.of(Problem.error(name, written, name + ": " + written + " has " + list.size()
                    + " items; expected " + expected()));
        }
        for (Object item : list) {
            double v = (Double) item;
            if (!Double.isFinite(v) || v < min || v > max) {
                return Optional.of(Problem.error(name, written, name + ": item " + ValueText.of(v)
                        + " is out of range; expected " + expected()));
            }
        }
        return Optional.empty();
    }

    private Optional<Problem> wrongType(String written) {
        return Optional.of(Problem.error(name, written, name + ": " + written + " is not valid; expected "
                + expected()));
    }

    private boolean hasRange() {
        return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }

    private String rangeText() {
        if (min != Double.NEGATIVE_INFINITY && max != Double.POSITIVE_INFINITY) {
            return " from " + bound(min) + " to " + bound(max);
        }
        if (min != Double.NEGATIVE_INFINITY) {
            return " of at least " + bound(min);
        }
        return max != Double.POSITIVE_INFINITY ? " of at most " + bound(max) : "";
    }

    private String bound(double v) {
        return type == ParameterType.INTEGER ? Long.toString((long) v) : ValueText.of(v);
    }

    private String itemsText() {
        if (minItems == maxItems) {
            return " of " + minItems + " items";
        }
        return maxItems == Integer.MAX_VALUE ? " of at least " + minItems + " items"
                : " of " + minItems + " to " + maxItems + " items";
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }

    /** Builds a {@link Parameter}; every setter returns the builder. */
    public static final class Builder {

        private final String name;
        private final ParameterType type;
        private final List<String> choices = new ArrayList<>();
        private String label;
        private String section = "Parameters";
        private Object defaultValue;
        private double min = Double.NEGATIVE_INFINITY;
        private double max = Double.POSITIVE_INFINITY;
        private int minItems = 1;
        private int maxItems = Integer.MAX_VALUE;
        private String unit = "";
        private String help = "";

        private Builder(String name, ParameterType type) {
            if (name == null || !name.matches("[a-zA-Z][a-zA-Z0-9_]*")) {
                throw new IllegalArgumentException("parameter name '" + name
                        + "' is not valid; expected a letter followed by letters, digits or _");
            }
            this.name = name;
            this.type = type;
        }

        public Builder label(String text) {
            this.label = Objects.requireNonNull(text, "label");
            return this;
        }

        /** Names the form section the parameter is shown in (default "Parameters"). */
        public Builder section(String text) {
            this.section = Objects.requireNonNull(text, "section");
            return this;
        }

        /** Sets the inclusive range of a number, an integer, or each item of a number list. */
        public Builder range(double low, double high) {
            if (!(low <= high)) {
                throw new IllegalArgumentException(name + ": range [" + low + ", " + high + "] is empty");
            }
            this.min = low;
            this.max = high;
            return this;
        }

        /** Sets the inclusive lower bound only. */
        public Builder atLeast(double low) {
            return range(low, max);
        }

        /** Sets how many items a number list may have. */
        public Builder items(int fewest, int most) {
            if (fewest < 0 || fewest > most) {
                throw new IllegalArgumentException(name + ": item counts " + fewest + " to " + most + " are not valid");
            }
            this.minItems = fewest;
            this.maxItems = most;
            return this;
        }

        public Builder unit(String text) {
            this.unit = Objects.requireNonNull(text, "unit");
            return this;
        }

        public Builder help(String sentence) {
            this.help = Objects.requireNonNull(sentence, "help");
            return this;
        }

        /** Sets the default: a number, a whole number, a boolean, a string or a list of numbers. */
        public Builder defaultValue(Object value) {
            this.defaultValue = ValueConversion.normalize(type, value);
            return this;
        }

        /**
         * @return the declaration
         * @throws IllegalArgumentException when the default is missing or does not satisfy the
         *     declaration itself
         */
        public Parameter build() {
            if (defaultValue == null) {
                throw new IllegalArgumentException(name + ": a default value is required");
            }
            Parameter parameter = new Parameter(this);
            parameter.check(defaultValue).ifPresent(problem -> {
                throw new IllegalArgumentException("default of " + problem.message());
            });
            return parameter;
        }
    }
}
