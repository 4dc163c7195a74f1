/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import java.util.Objects;

/**
 * One problem found in an experiment: what is wrong, in which field, with which value, and
 * where in the file. Both the form editor (as a marker) and the headless runner (as a message)
 * show it.
 *
 * @param severity whether the experiment can still run
 * @param field the parameter or key concerned, or {@code ""} for the file as a whole
 * @param value the offending value as written, or {@code ""} when there is none
 * @param message the whole sentence, naming the field, the value and what was expected
 * @param line the 1-based line in the file, or 0 when unknown
 * @param column the 1-based column in the file, or 0 when unknown
 */
public record Problem(Severity severity, String field, String value, String message, int line, int column) {

    /** Checks that no component is missing. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @return an error without a location yet
     */
    public static Problem error(String field, String value, String message) {
        return new Problem(Severity.ERROR, field, value, message, 0, 0);
    }

    /**
     * @return a warning without a location yet
     */
    public static Problem warning(String field, String value, String message) {
        return new Problem(Severity.WARNING, field, value, message, 0, 0);
    }

    /**
     * @return this problem placed at a line and column of the file
     */
    public Problem at(int newLine, int newColumn) {
        return new Problem(severity, field, value, message, newLine, newColumn);
    }

    /**
     * @return true when the experiment cannot run because of it
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * @return the message prefixed with its line, as a command-line tool prints it
     */
    public String describe(String fileName) {
        String where = line > 0 ? fileName + ":" + line + (column > 0 ? ":" + column : "") : fileName;
        return where + ": " + (isError() ? "error" : "warning") + ": " + message;
    }
}
