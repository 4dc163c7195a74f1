/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.util.List;
import java.util.Map;

/** Writes a run's summary as indented "name: value" lines for reading. */
final class SummaryText {

    private static final String INDENT = "  ";

    private SummaryText() {
    }

    static String of(Map<String, Object> summary) {
        StringBuilder text = new StringBuilder();
        summary.forEach((key, value) -> append(text, "", key, value));
        return text.toString().stripTrailing();
    }

    private static void append(StringBuilder text, String indent, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            text.append(indent).append(key).append(":\n");
            map.forEach((k, v) -> append(text, indent + INDENT, String.valueOf(k), v));
        } else if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map)) {
            text.append(indent).append(key).append(":\n");
            for (int i = 0; i < list.size(); i++) {
                append(text, indent + INDENT, "[" + (i + 1) + "]", list.get(i));
            }
        } else {
            text.append(indent).append(key).append(": ").append(ValueText.of(value)).append('\n');
        }
    }
}
