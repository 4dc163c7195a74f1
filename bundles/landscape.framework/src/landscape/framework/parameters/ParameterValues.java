/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.parameters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of an experiment's parameters, by name, in their Java types. Immutable: {@link #with}
 * returns a changed copy.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the values by name, in declaration order */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return a copy in which {@code name} has {@code value} */
    public ParameterValues with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return new ParameterValues(changed);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    /** @return an integer parameter that must fit an int (its declared range says so) */
    public int integer(String name) {
        return Math.toIntExact((Long) get(name));
    }

    public long longInteger(String name) {
        return (Long) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    /** @return the value of a choice parameter */
    public String choice(String name) {
        return (String) get(name);
    }

    /** @return the value of a number-list parameter */
    public double[] numbers(String name) {
        List<?> list = (List<?>) get(name);
        double[] array = new double[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = (Double) list.get(i);
        }
        return array;
    }

    /** @return the value as stored, for generic code */
    public Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "'; the parameters are "
                    + values.keySet());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
