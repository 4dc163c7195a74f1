/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import landscape.framework.parameters.Problem;

/**
 * The JSON structure of an experiment file with the place of every value: top-level entries,
 * and the entries of its {@code parameters} object, each with its line, column and character
 * span. Positions let problems point at lines and let the form editor change one value without
 * touching the rest of the text.
 */
final class SourceStructure {

    /** The top-level key that holds the parameters. */
    static final String PARAMETERS = "parameters";

    /** Files larger than this are refused rather than parsed: nobody types 10 MB of settings. */
    static final int MAX_CHARACTERS = 10 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    /** One key and its value, with where they are. */
    record Entry(String key, JsonNode value, int keyLine, int keyColumn, int valueStart, int valueEnd) {
    }

    final Map<String, Entry> topLevel = new LinkedHashMap<>();
    final Map<String, Entry> parameters = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    /** Offset of the closing brace of the parameters object, or -1 when there is none. */
    int parametersEnd = -1;
    /** Offset of the closing brace of the root object, or -1 when the text is not an object. */
    int rootEnd = -1;

    private SourceStructure() {
    }

    /** @return the structure, with syntax and shape problems; never throws on bad input */
    static SourceStructure parse(String text) {
        SourceStructure structure = new SourceStructure();
        if (text.length() > MAX_CHARACTERS) {
            structure.problems.add(Problem.error("", "", "the file has " + text.length()
                    + " characters; expected an experiment file of at most " + MAX_CHARACTERS));
            return structure;
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            structure.readRoot(parser);
            parser.close();
        } catch (JsonProcessingException e) {
            // Some limits (the length of a number) are reported without a location: use the parser's.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            structure.problems.add(Problem.error("", "", "not valid JSON: " + e.getOriginalMessage())
                    .at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
        } catch (IOException e) {
            structure.problems.add(Problem.error("", "", "the file could not be read: " + e.getMessage()));
        }
        return structure;
    }

    private void readRoot(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            String found = first == null ? "an empty file" : "'" + parser.getText() + "'";
            problems.add(Problem.error("", "", "found " + found
                    + "; expected a JSON object such as {\"kind\": ..., \"parameters\": {...}}")
                    .at(first == null ? 1 : at.getLineNr(), first == null ? 1 : at.getColumnNr()));
            return;
        }
        readObject(parser, topLevel, true);
        rootEnd = (int) parser.currentTokenLocation().getCharOffset();
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(Problem.error("", "", "found text after the closing '}'; expected the end of the file")
                    .at(at.getLineNr(), at.getColumnNr()));
        }
    }

    private void readObject(JsonParser parser, Map<String, Entry> into, boolean root) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            JsonToken valueToken = parser.nextToken();
            int start = (int) parser.currentTokenLocation().getCharOffset();

            boolean nested = root && PARAMETERS.equals(key) && valueToken == JsonToken.START_OBJECT;
            JsonNode value;
            if (nested) {
                readObject(parser, parameters, false);
                parametersEnd = (int) parser.currentTokenLocation().getCharOffset();
                value = MAPPER.createObjectNode();
            } else {
                value = MAPPER.readTree(parser);
            }
            int end = (int) parser.currentLocation().getCharOffset();

            Entry entry = new Entry(key, value, keyAt.getLineNr(), keyAt.getColumnNr(), start, end);
            if (into.putIfAbsent(key, entry) != null) {
                String where = root ? "the file" : "parameters";
                problems.add(Problem.error(key, "", key + " appears twice in " + where + "; expected each key once")
                        .at(entry.keyLine(), entry.keyColumn()));
            }
        }
    }

    /** @return true when the text is a JSON object without syntax errors */
    boolean isWellFormed() {
        return problems.isEmpty() && rootEnd >= 0;
    }
}
