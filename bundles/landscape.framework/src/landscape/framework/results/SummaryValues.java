/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks that a summary value can be written as JSON. */
final class SummaryValues {

    private SummaryValues() {
    }

    static Object check(String key, Object value) {
        if (value instanceof double[] array) {
            return Arrays.stream(array).boxed().toList();
        }
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> check(key, item)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), check(key, v)));
            return copy;
        }
        throw new IllegalArgumentException("summary entry '" + key + "' has a value of type "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + "; expected a number, text, boolean, double[], list or map of these");
    }
}
