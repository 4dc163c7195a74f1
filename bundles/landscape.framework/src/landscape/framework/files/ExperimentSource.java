/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.files;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.ValueConversion;

/**
 * Writes experiment files: a new file in the canonical layout (one parameter per line, in
 * declaration order, so that diffs stay small), and edits of one value in an existing text that
 * leave every other character as it was.
 */
public final class ExperimentSource {

    private static final String INDENT = "  ";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExperimentSource() {
    }

    /**
     * @return the text of a new experiment file of {@code kind} with these values
     */
    public static String create(String kind, ParameterSet parameters, ParameterValues values) {
        StringBuilder text = new StringBuilder();
        text.append("{\n");
        text.append(INDENT).append(quoted(ExperimentFile.KIND)).append(": ").append(quoted(kind)).append(",\n");
        text.append(INDENT).append(quoted(SourceStructure.PARAMETERS)).append(": {\n");

        List<Parameter> declared = parameters.parameters();
        for (int i = 0; i < declared.size(); i++) {
            Parameter parameter = declared.get(i);
            text.append(INDENT).append(INDENT).append(quoted(parameter.name())).append(": ")
                    .append(json(parameter, values.get(parameter.name())));
            text.append(i + 1 < declared.size() ? ",\n" : "\n");
        }

        text.append(INDENT).append("}\n");
        text.append("}\n");
        return text.toString();
    }

    /**
     * Sets one parameter in an experiment file's text: replaces its value where the file has
     * one, else adds it at the end of the parameters object (creating that object when needed).
     *
     * @throws IllegalArgumentException when the text is not a well-formed JSON object; the
     *     caller shows the syntax problem instead of editing
     */
    public static String withValue(String text, Parameter parameter, Object value) {
        return withJson(text, parameter.name(), json(parameter, value));
    }

    /**
     * Sets one parameter in an experiment file's text to the given JSON text, as
     * {@link #withValue} does; the form editor uses it to keep a mistyped value (as a JSON string)
     * so that it is reported rather than lost.
     *
     * @throws IllegalArgumentException when the text is not a well-formed JSON object
     */
    public static String withJson(String text, String name, String json) {
        SourceStructure structure = SourceStructure.parse(text);
        if (!structure.isWellFormed()) {
            throw new IllegalArgumentException("the file is not a well-formed experiment file: "
                    + structure.problems.get(0).message());
        }

        SourceStructure.Entry existing = structure.parameters.get(name);
        if (existing != null) {
            return text.substring(0, existing.valueStart()) + json + text.substring(existing.valueEnd());
        }
        String entry = quoted(name) + ": " + json;
        if (structure.parametersEnd >= 0) {
            return insertMember(text, structure.parametersEnd, entry, INDENT + INDENT, !structure.parameters.isEmpty());
        }
        String object = quoted(SourceStructure.PARAMETERS) + ": {\n" + INDENT + INDENT + entry + "\n" + INDENT + "}";
        return insertMember(text, structure.rootEnd, object, INDENT, !structure.topLevel.isEmpty());
    }

    /**
     * @return the JSON text of a value of {@code parameter}: numbers in the shortest form that
     *     reads back exactly, lists on one line
     */
    public static String json(Parameter parameter, Object value) {
        JsonNode node = ValueConversion.toJson(parameter, value);
        if (node.isDouble()) {
            return number(node.asDouble());
        }
        if (node.isArray()) {
            StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                list.append(i == 0 ? "" : ", ").append(number(node.get(i).asDouble()));
            }
            return list.append(']').toString();
        }
        return node.toString();
    }

    private static String number(double v) {
        // Integral values are written without ".0"; number parameters read them back as doubles.
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    private static String insertMember(String text, int closingBrace, String member, String indent,
            boolean hasMembers) {
        // Put the new member on its own line before the closing brace, after the last member.
        int end = closingBrace;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String separator = hasMembers ? "," : "";
        String closingIndent = indent.substring(INDENT.length());
        return text.substring(0, end) + separator + "\n" + indent + member + "\n" + closingIndent
                + text.substring(closingBrace);
    }

    /** @return {@code text} as a JSON string literal, quoted and escaped */
    public static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    /**
     * @return what a form shows for a value written as {@code json}: the text of a JSON string
     *     literal, else the JSON as it is
     */
    public static String displayText(String json) {
        String trimmed = json.trim();
        if (!trimmed.startsWith("\"")) {
            return trimmed;
        }
        try {
            return MAPPER.readTree(trimmed).asText();
        } catch (JsonProcessingException e) {
            return trimmed;
        }
    }
}
