/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import landscape.framework.parameters.Problem;

/**
 * A corpus of broken experiment files: each must give a clear error that says what is wrong
 * (the expected fragment below), never an exception, and a line where the text has one.
 */
class MalformedFilesTest {

    private static final String HEAD = "{\"kind\": \"counting\", \"parameters\": {";

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        // Not JSON at all, or not an object.
        add(cases, "empty file", "", "empty file");
        add(cases, "only spaces", "   \n  ", "empty file");
        add(cases, "plain text", "hello", "not valid JSON");
        add(cases, "a number", "42", "expected a JSON object");
        add(cases, "a string", "\"bowl\"", "expected a JSON object");
        add(cases, "an array", "[1, 2]", "expected a JSON object");
        add(cases, "null", "null", "expected a JSON object");
        add(cases, "unclosed object", "{\"kind\": \"counting\"", "not valid JSON");
        add(cases, "unclosed string", "{\"kind\": \"counting", "not valid JSON");
        add(cases, "missing colon", "{\"kind\" \"counting\"}", "not valid JSON");
        add(cases, "trailing comma", "{\"kind\": \"counting\",}", "not valid JSON");
        add(cases, "single quotes", "{'kind': 'counting'}", "not valid JSON");
        add(cases, "comment", "{// c\n\"kind\": \"counting\"}", "not valid JSON");
        add(cases, "text after the object", "{\"kind\": \"counting\"} extra", "not valid JSON");
        add(cases, "second object", "{\"kind\": \"counting\"}{}", "after the closing");
        add(cases, "unquoted key", "{kind: \"counting\"}", "not valid JSON");
        add(cases, "bad escape", "{\"kind\": \"count\\qing\"}", "not valid JSON");
        add(cases, "control character in string", "{\"kind\": \"count\u0001ing\"}", "not valid JSON");
        add(cases, "NaN literal", HEAD + "\"rate\": NaN}}", "not valid JSON");
        add(cases, "leading zero", HEAD + "\"steps\": 012}}", "not valid JSON");
        add(cases, "plus sign", HEAD + "\"steps\": +5}}", "not valid JSON");
        add(cases, "hex number", HEAD + "\"steps\": 0x10}}", "not valid JSON");
        add(cases, "binary junk", junk(1, 200), "JSON");
        add(cases, "more binary junk", junk(2, 5000), "JSON");
        add(cases, "NUL bytes", "\u0000\u0000\u0000", "JSON");
        add(cases, "byte order mark then junk", "\uFEFF\u00ff\u00fe{", "JSON");
        add(cases, "deeply nested", "[".repeat(5000), "JSON");
        // Kind.
        add(cases, "no kind", "{\"parameters\": {}}", "names no kind");
        add(cases, "kind a number", "{\"kind\": 3}", "kind: 3 is not valid");
        add(cases, "kind empty", "{\"kind\": \"\"}", "kind: \"\" is not valid");
        add(cases, "kind null", "{\"kind\": null}", "kind: null is not valid");
        add(cases, "kind an object", "{\"kind\": {\"id\": \"counting\"}}", "is not valid");
        add(cases, "unknown kind", "{\"kind\": \"bowll\"}",
                "kind \"bowll\" is not installed; expected one of: counting");
        add(cases, "kind twice", "{\"kind\": \"counting\", \"kind\": \"counting\"}", "kind appears twice");
        // Parameters object.
        add(cases, "parameters an array", "{\"kind\": \"counting\", \"parameters\": [1]}",
                "parameters: [1] is not valid");
        add(cases, "parameters a text", "{\"kind\": \"counting\", \"parameters\": \"x\"}", "expected an object");
        add(cases, "parameter twice", HEAD + "\"steps\": 3, \"steps\": 4}}", "steps appears twice");
        // Wrong types.
        add(cases, "integer as text", HEAD + "\"steps\": \"10\"}}", "steps: \"10\" is not valid; expected an integer");
        add(cases, "integer with fraction", HEAD + "\"steps\": 2.5}}", "steps: 2.5 is not valid");
        add(cases, "integer true", HEAD + "\"steps\": true}}", "steps: true is not valid");
        add(cases, "number as text", HEAD + "\"rate\": \"0.5\"}}", "rate: \"0.5\" is not valid; expected a number");
        add(cases, "number null", HEAD + "\"rate\": null}}", "rate: null is not valid");
        add(cases, "number an array", HEAD + "\"rate\": [0.5]}}", "rate: [0.5] is not valid");
        add(cases, "boolean as text", HEAD + "\"grid\": \"true\"}}",
                "grid: \"true\" is not valid; expected true or false");
        add(cases, "boolean as number", HEAD + "\"grid\": 1}}", "expected true or false");
        add(cases, "choice unknown", HEAD + "\"ending\": \"boom\"}}", "expected one of finish, diverge, throw, wait");
        add(cases, "choice as number", HEAD + "\"ending\": 2}}", "ending: 2 is not valid");
        add(cases, "list as number", HEAD + "\"start\": 1}}", "start: 1 is not valid; expected a list of numbers");
        add(cases, "list with text", HEAD + "\"start\": [1, \"2\"]}}", "is not valid; expected a list of numbers");
        add(cases, "list too long", HEAD + "\"start\": [1, 2, 3]}}", "has 3 items");
        add(cases, "list empty", HEAD + "\"start\": []}}", "has 0 items");
        add(cases, "text as number", HEAD + "\"label\": 5}}", "label: 5 is not valid; expected a text");
        // Out of range and huge numbers.
        add(cases, "integer below range", HEAD + "\"steps\": 0}}",
                "steps: 0 is out of range; expected an integer from 1 to 1000");
        add(cases, "integer above range", HEAD + "\"steps\": 1001}}", "is out of range");
        add(cases, "huge integer", HEAD + "\"steps\": 123456789012345678901234567890}}", "steps: ");
        add(cases, "huge exponent", HEAD + "\"rate\": 1e999}}", "rate: Infinity is not a finite number");
        add(cases, "negative huge", HEAD + "\"rate\": -1e400}}", "not a finite number");
        add(cases, "number below range", HEAD + "\"rate\": -0.1}}", "rate: -0.1 is out of range");
        add(cases, "list item out of range", HEAD + "\"start\": [0, 1e300]}}", "is out of range");
        add(cases, "very long number", HEAD + "\"rate\": 0." + "1".repeat(2000) + "}}", "JSON");
        // Rules across fields.
        add(cases, "low above high", HEAD + "\"low\": 2, \"high\": 1}}",
                "high: 1 is not valid; expected a number above low (2)");
        add(cases, "low equals high", HEAD + "\"low\": 1, \"high\": 1}}", "expected a number above low");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedFileGivesAClearErrorAndNoCrash(String name, String text, String expected) {
        ExperimentFile file = ExperimentFile.read(text, ExperimentFileTest.CATALOG);

        assertFalse(file.isRunnable(), name + ": must not be runnable");
        List<Problem> errors = file.errors();
        assertFalse(errors.isEmpty(), name + ": must report an error");
        String messages = errors.stream().map(Problem::message).toList().toString();
        assertTrue(messages.contains(expected), name + ": expected a message with '" + expected + "', got " + messages);
        if (!text.isBlank()) {
            assertTrue(errors.get(0).line() > 0, name + ": the error has a line: " + errors.get(0));
        }
    }

    private static void add(List<Arguments> cases, String name, String text, String expected) {
        cases.add(Arguments.of(name, text, expected));
    }

    private static String junk(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
