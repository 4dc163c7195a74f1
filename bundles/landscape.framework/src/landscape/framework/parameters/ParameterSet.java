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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters an experiment declares, in the order the form editor shows them, and the rules
 * across them. Validation lives here so that the editor and the runner judge a file alike.
 */
public final class ParameterSet {

    private final Map<String, Parameter> parameters;
    private final List<Rule> rules;

    private ParameterSet(Map<String, Parameter> parameters, List<Rule> rules) {
        this.parameters = parameters;
        this.rules = List.copyOf(rules);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the declarations in display order */
    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    /** @return the declaration named {@code name}, if there is one */
    public Optional<Parameter> find(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** @return every parameter at its default */
    public ParameterValues defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.values().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new ParameterValues(values);
    }

    /**
     * Builds values from those given, taking the default for each one left out.
     *
     * @param given typed values by name; names not declared here are not allowed
     */
    public ParameterValues values(Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : parameters.values()) {
            Object value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            values.put(p.name(), ValueConversion.normalize(p.type(), value));
        }
        for (String name : given.keySet()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no parameter named '" + name + "'; the parameters are "
                        + parameters.keySet());
            }
        }
        return new ParameterValues(values);
    }

    /**
     * @return every problem of the values: each parameter against its declaration, then, when
     *     those pass, the rules across parameters
     */
    public List<Problem> validate(ParameterValues values) {
        List<Problem> problems = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            p.check(values.get(p.name())).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            rules.forEach(rule -> rule.check(values).ifPresent(problems::add));
        }
        return problems;
    }

    /** Collects declarations and rules. */
    public static final class Builder {

        private final Map<String, Parameter> parameters = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();

        private Builder() {
        }

        /** Adds a declaration; names must be unique. */
        public Builder add(Parameter parameter) {
            if (parameters.putIfAbsent(parameter.name(), parameter) != null) {
                throw new IllegalArgumentException("parameter '" + parameter.name() + "' is declared twice");
            }
            return this;
        }

        /** Adds the declaration a builder describes. */
        public Builder add(Parameter.Builder parameter) {
            return add(parameter.build());
        }

        /** Adds a rule across parameters. */
        public Builder rule(Rule rule) {
            rules.add(rule);
            return this;
        }

        /** Adds the rule that {@code low} must be below {@code high}, reported on {@code high}. */
        public Builder ordered(String low, String high) {
            return rule(values -> values.number(low) < values.number(high) ? Optional.empty()
                    : Optional.of(Problem.error(high, ValueText.of(values.number(high)), high + ": "
                            + ValueText.of(values.number(high)) + " is not valid; expected a number above " + low
                            + " (" + ValueText.of(values.number(low)) + ")")));
        }

        /** @return the parameter set; it checks that each default is valid */
        public ParameterSet build() {
            ParameterSet set = new ParameterSet(new LinkedHashMap<>(parameters), rules);
            List<Problem> problems = set.validate(set.defaults());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the defaults are not valid: " + problems.get(0).message());
            }
            return set;
        }
    }
}
