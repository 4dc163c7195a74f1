/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import java.util.List;
import java.util.stream.Collectors;

/** Writes parameter values the way a user typed them, for messages. */
final class ValueText {

    private ValueText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return of(d.doubleValue());
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
