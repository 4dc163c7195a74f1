/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.parameters.InvalidValueException;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;
import landscape.framework.parameters.ValueConversion;

/**
 * An experiment file, read and checked: which kind it names, the values of its parameters
 * (defaults for those it leaves out) and every problem found, each with its line. The file
 * format is JSON:
 *
 * <pre>
 * {
 *   "kind": "bowl",
 *   "notes": "optional free text",
 *   "parameters": {
 *     "conditionNumber": 10
 *   }
 * }
 * </pre>
 *
 * Reading never throws on bad content; a file with errors is not runnable, but its text is never
 * changed by reading it.
 *
 * @param kind the kind named in the file, or {@code ""} when it names none
 * @param type the installed kind, when the file names one that is installed
 * @param values the parameter values; defaults where the file has none or an invalid one
 * @param problems errors and warnings, in the order of the file
 * @param written the JSON text of each parameter value as the file has it, by name, so that an
 *     editor can show a value it could not accept exactly as the user wrote it
 */
public record ExperimentFile(String kind, Optional<ExperimentType> type, ParameterValues values,
        List<Problem> problems, Map<String, String> written) {

    /** The top-level key naming the experiment kind. */
    public static final String KIND = "kind";

    /** The top-level key of free-text notes. */
    public static final String NOTES = "notes";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of(KIND, NOTES, SourceStructure.PARAMETERS);

    /** Copies the problem list and the written values. */
    public ExperimentFile {
        problems = List.copyOf(problems);
        written = Map.copyOf(written);
    }

    /**
     * Reads an experiment file's text.
     *
     * @param text the whole file
     * @param catalog the installed experiment kinds
     */
    public static ExperimentFile read(String text, ExperimentCatalog catalog) {
        SourceStructure structure = SourceStructure.parse(text);
        List<Problem> problems = new ArrayList<>(structure.problems);
        if (!structure.isWellFormed()) {
            return new ExperimentFile("", Optional.empty(), null, problems, Map.of());
        }
        Map<String, String> written = new LinkedHashMap<>();
        structure.parameters.values().forEach(e -> written.put(e.key(), text.substring(e.valueStart(), e.valueEnd())));

        for (SourceStructure.Entry entry : structure.topLevel.values()) {
            if (!TOP_LEVEL_KEYS.contains(entry.key())) {
                problems.add(Problem.warning(entry.key(), "", "unknown key '" + entry.key()
                        + "' is ignored; expected only " + String.join(", ", List.of(KIND, NOTES, "parameters")))
                        .at(entry.keyLine(), entry.keyColumn()));
            }
        }
        checkShape(structure, problems);

        String kind = kindOf(structure, problems);
        Optional<ExperimentType> type = kind.isEmpty() ? Optional.empty() : catalog.find(kind);
        if (!kind.isEmpty() && type.isEmpty()) {
            SourceStructure.Entry entry = structure.topLevel.get(KIND);
            problems.add(Problem.error(KIND, kind, "kind \"" + kind + "\" is not installed; expected one of: "
                    + installed(catalog)).at(entry.keyLine(), entry.keyColumn()));
        }
        if (type.isEmpty()) {
            return new ExperimentFile(kind, type, null, problems, written);
        }

        ParameterValues values = valuesOf(structure, type.get(), problems);
        return new ExperimentFile(kind, type, values, problems, written);
    }

    /** @return true when there is no error: the experiment can run */
    public boolean isRunnable() {
        return type.isPresent() && values != null && problems.stream().noneMatch(Problem::isError);
    }

    /** @return the errors only */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static void checkShape(SourceStructure structure, List<Problem> problems) {
        SourceStructure.Entry parameters = structure.topLevel.get(SourceStructure.PARAMETERS);
        if (parameters != null && structure.parametersEnd < 0) {
            problems.add(Problem.error("parameters", parameters.value().toString(), "parameters: "
                    + abbreviated(parameters.value().toString()) + " is not valid; expected an object of name: value")
                    .at(parameters.keyLine(), parameters.keyColumn()));
        }
        SourceStructure.Entry notes = structure.topLevel.get(NOTES);
        if (notes != null && !notes.value().isTextual()) {
            problems.add(Problem.warning(NOTES, notes.value().toString(), "notes: "
                    + abbreviated(notes.value().toString()) + " is ignored; expected a text")
                    .at(notes.keyLine(), notes.keyColumn()));
        }
    }

    private static String kindOf(SourceStructure structure, List<Problem> problems) {
        SourceStructure.Entry entry = structure.topLevel.get(KIND);
        if (entry == null) {
            problems.add(Problem.error(KIND, "", "the file names no kind; expected \"kind\": \"<experiment kind>\"")
                    .at(1, 1));
            return "";
        }
        if (!entry.value().isTextual() || entry.value().asText().isBlank()) {
            problems.add(Problem.error(KIND, entry.value().toString(), "kind: " + abbreviated(entry.value().toString())
                    + " is not valid; expected the name of an experiment kind as a text")
                    .at(entry.keyLine(), entry.keyColumn()));
            return "";
        }
        return entry.value().asText();
    }

    private static ParameterValues valuesOf(SourceStructure structure, ExperimentType type, List<Problem> problems) {
        ParameterSet declared = type.experiment().parameters();
        Map<String, Object> given = new LinkedHashMap<>();
        Map<String, SourceStructure.Entry> entries = structure.parameters;

        for (SourceStructure.Entry entry : entries.values()) {
            Optional<Parameter> parameter = declared.find(entry.key());
            if (parameter.isEmpty()) {
                problems.add(Problem.warning(entry.key(), abbreviated(entry.value().toString()), "unknown parameter '"
                        + entry.key() + "' is ignored; " + type.kind() + " has " + names(declared))
                        .at(entry.keyLine(), entry.keyColumn()));
                continue;
            }
            try {
                Object value = ValueConversion.fromJson(parameter.get(), entry.value());
                Optional<Problem> problem = parameter.get().check(value);
                if (problem.isPresent()) {
                    problems.add(problem.get().at(entry.keyLine(), entry.keyColumn()));
                } else {
                    given.put(entry.key(), value);
                }
            } catch (InvalidValueException e) {
                problems.add(e.problem().at(entry.keyLine(), entry.keyColumn()));
            }
        }

        ParameterValues values = declared.values(given);
        boolean parameterErrors = problems.stream().anyMatch(Problem::isError);
        if (!parameterErrors) {
            for (Problem problem : declared.validate(values)) {
                SourceStructure.Entry entry = entries.get(problem.field());
                problems.add(entry == null ? problem : problem.at(entry.keyLine(), entry.keyColumn()));
            }
        }
        return values;
    }

    private static String installed(ExperimentCatalog catalog) {
        String kinds = catalog.types().stream().map(ExperimentType::kind).collect(Collectors.joining(", "));
        return kinds.isEmpty() ? "(no experiment kinds are installed)" : kinds;
    }

    private static String names(ParameterSet declared) {
        return declared.parameters().stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    private static String abbreviated(String text) {
        final int longest = 60;
        return text.length() <= longest ? text : text.substring(0, longest) + "...";
    }
}
