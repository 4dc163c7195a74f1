/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import landscape.framework.testing.CountingExperiment;

/**
 * Parameter declarations validate values the way the editor and the runner both rely on: each
 * problem names the field, the value and what was expected.
 */
class ParameterSetTest {

    private final ParameterSet parameters = new CountingExperiment().parameters();

    @Test
    void defaultsAreValid() {
        assertEquals(List.of(), parameters.validate(parameters.defaults()), "problems of the defaults");
    }

    @Test
    void outOfRangeIntegerNamesFieldValueAndRange() {
        List<Problem> problems = parameters.validate(parameters.defaults().with("steps", 0L));

        assertEquals(1, problems.size(), "one problem: " + problems);
        Problem problem = problems.get(0);
        assertEquals("steps", problem.field(), "field");
        assertEquals("0", problem.value(), "value");
        assertEquals("steps: 0 is out of range; expected an integer from 1 to 1000", problem.message(), "message");
    }

    @Test
    void numberOutsideItsRangeAndNonFiniteNumbersAreRefused() {
        assertEquals("rate: 1.5 is out of range; expected a number from 0 to 1",
                only(parameters.defaults().with("rate", 1.5)).message(), "above the range");
        assertTrue(only(parameters.defaults().with("rate", Double.NaN)).message().contains("not a finite number"),
                "NaN is not a value");
    }

    @Test
    void choiceListsTheAllowedNames() {
        Problem problem = only(parameters.defaults().with("ending", "explode"));

        assertEquals("ending: \"explode\" is not valid; expected one of finish, diverge, throw, wait",
                problem.message(), "message");
    }

    @Test
    void numberListChecksItsLengthAndEachItem() {
        assertEquals("start: [1] has 1 items; expected a list of numbers of 2 items, each from -10 to 10",
                only(parameters.defaults().with("start", List.of(1.0))).message(), "too short");
        assertEquals("start: item 11 is out of range; expected a list of numbers of 2 items, each from -10 to 10",
                only(parameters.defaults().with("start", List.of(1.0, 11.0))).message(), "item out of range");
    }

    @Test
    void crossFieldRuleRunsOnceEachFieldIsValid() {
        Problem problem = only(parameters.defaults().with("high", -2.0));

        assertEquals("high", problem.field(), "the rule reports on the upper bound");
        assertEquals("high: -2 is not valid; expected a number above low (-1)", problem.message(), "message");
        assertEquals(1, parameters.validate(parameters.defaults().with("high", -2.0).with("steps", 0L)).size(),
                "with a field error the rule is not run");
    }

    @Test
    void wrongJavaTypeIsAProblemNotACrash() {
        Problem problem = only(parameters.defaults().with("grid", "yes"));

        assertEquals("grid: \"yes\" is not valid; expected true or false", problem.message(), "message");
    }

    @Test
    void valuesFillDefaultsAndRefuseUnknownNames() {
        ParameterValues values = parameters.values(Map.of("steps", 5));

        assertEquals(5, values.integer("steps"), "given value, converted from Integer");
        assertEquals(0.5, values.number("rate"), 0.0, "default for a value not given");
        assertThrows(IllegalArgumentException.class, () -> parameters.values(Map.of("stpes", 5)), "typo in a name");
    }

    @Test
    void declarationsRefuseBadDefaultsAndDuplicates() {
        assertThrows(IllegalArgumentException.class,
                () -> Parameter.integer("n").range(1, 10).defaultValue(0).build(), "default out of range");
        assertThrows(IllegalArgumentException.class, () -> Parameter.number("1x"), "name not an identifier");
        assertThrows(IllegalArgumentException.class, () -> ParameterSet.builder()
                .add(Parameter.bool("a").defaultValue(true)).add(Parameter.bool("a").defaultValue(false)), "twice");
    }

    @Test
    void textOnTheCommandLineConvertsByType() {
        Parameter steps = parameters.find("steps").orElseThrow();
        Parameter start = parameters.find("start").orElseThrow();

        assertEquals(12L, ValueConversion.fromText(steps, " 12 "), "integer");
        assertEquals(List.of(0.5, -1.0), ValueConversion.fromText(start, "[0.5, -1]"), "list");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ValueConversion.fromText(steps, "twelve"), "not a number");
        assertEquals("steps: twelve is not valid; expected an integer from 1 to 1000", e.getMessage(), "message");
    }

    private Problem only(ParameterValues values) {
        List<Problem> problems = parameters.validate(values);
        assertEquals(1, problems.size(), "exactly one problem: " + problems);
        return problems.get(0);
    }
}
