/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal.runner;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterType;

/** {@code landscape describe <kind>}: the kind, its description and its parameters as JSON. */
final class DescribeCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ExperimentCatalog catalog;
    private final PrintStream out;
    private final PrintStream err;

    DescribeCommand(ExperimentCatalog catalog, PrintStream out, PrintStream err) {
        this.catalog = catalog;
        this.out = out;
        this.err = err;
    }

    int execute(List<String> args) {
        if (args.size() != 1) {
            err.println("landscape describe: expected one experiment kind, got " + args);
            return CommandLine.INVALID;
        }
        Optional<ExperimentType> type = catalog.find(args.get(0));
        if (type.isEmpty()) {
            err.println("landscape describe: kind '" + args.get(0) + "' is not installed; see landscape list");
            return CommandLine.INVALID;
        }

        Map<String, Object> description = new LinkedHashMap<>();
        description.put("kind", type.get().kind());
        description.put("name", type.get().name());
        description.put("description", type.get().experiment().description());
        description.put("parameters", type.get().experiment().parameters().parameters().stream()
                .map(DescribeCommand::describe).toList());
        try {
            out.println(JSON.writeValueAsString(description));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the description of " + type.get().kind() + " cannot be written", e);
        }
        out.flush();
        return CommandLine.OK;
    }

    static Map<String, Object> describe(Parameter parameter) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", parameter.name());
        entry.put("label", parameter.label());
        entry.put("section", parameter.section());
        entry.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
        entry.put("default", parameter.defaultValue());
        if (Double.isFinite(parameter.min())) {
            entry.put("min", parameter.min());
        }
        if (Double.isFinite(parameter.max())) {
            entry.put("max", parameter.max());
        }
        if (parameter.type() == ParameterType.CHOICE) {
            entry.put("choices", parameter.choices());
        }
        if (parameter.type() == ParameterType.NUMBER_LIST) {
            entry.put("minItems", parameter.minItems());
            if (parameter.maxItems() != Integer.MAX_VALUE) {
                entry.put("maxItems", parameter.maxItems());
            }
        }
        entry.put("unit", parameter.unit());
        entry.put("expected", parameter.expected());
        entry.put("help", parameter.help());
        return entry;
    }
}
