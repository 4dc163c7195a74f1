/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

/**
 * The kinds of value an experiment parameter can take, with the JSON shape each has in an
 * experiment file.
 */
public enum ParameterType {

    /** A finite real number (JSON number). */
    NUMBER("a number"),

    /** A whole number (JSON integer). */
    INTEGER("an integer"),

    /** true or false (JSON boolean). */
    BOOLEAN("true or false"),

    /** One of a fixed list of names (JSON string). */
    CHOICE("one of the listed choices"),

    /** A list of finite real numbers (JSON array of numbers). */
    NUMBER_LIST("a list of numbers"),

    /** Free text, for example an expression in x and y (JSON string). */
    TEXT("a text");

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /**
     * @return how an error message names a value of this type, for example "an integer"
     */
    public String expected() {
        return expected;
    }
}
