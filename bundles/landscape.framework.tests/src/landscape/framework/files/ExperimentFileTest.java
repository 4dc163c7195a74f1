/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.Problem;
import landscape.framework.parameters.Severity;
import landscape.framework.testing.CountingExperiment;

/** Experiment files read, edit and write back without losing anything. */
class ExperimentFileTest {

    static final ExperimentCatalog CATALOG = ExperimentCatalog.of(
            new ExperimentType("counting", "Counting", new CountingExperiment()));

    private final ParameterSet parameters = new CountingExperiment().parameters();

    @Test
    void newFileHoldsEveryDefaultAndReadsBackRunnable() {
        String text = ExperimentSource.create("counting", parameters, parameters.defaults());

        ExperimentFile file = ExperimentFile.read(text, CATALOG);

        assertTrue(file.isRunnable(), "problems: " + file.problems());
        assertEquals(parameters.defaults(), file.values(), "values read back");
        assertTrue(text.contains("\n    \"steps\": 10,\n"), "one parameter per line:\n" + text);
        assertTrue(text.contains("\"start\": [1, 2]"), "lists on one line:\n" + text);
    }

    @Test
    void roundTripReadEditWriteRereadIsIdentical() {
        String text = ExperimentSource.create("counting", parameters, parameters.defaults());
        Parameter rate = parameters.find("rate").orElseThrow();

        String edited = ExperimentSource.withValue(text, rate, 0.25);
        ExperimentFile reread = ExperimentFile.read(edited, CATALOG);
        String rewritten = ExperimentSource.create("counting", parameters, reread.values());

        assertEquals(text.replace("\"rate\": 0.5", "\"rate\": 0.25"), edited, "only the value changed");
        assertEquals(edited, rewritten, "writing the reread values gives the same text");
        assertEquals(reread.values(), ExperimentFile.read(rewritten, CATALOG).values(), "and the same values");
    }

    @Test
    void editKeepsTheRestOfAHandWrittenFile() {
        String text = "{\"kind\":\"counting\",  \"notes\": \"my run\",\n \"parameters\": {\"steps\": 7 , \"x\": 1}}";
        Parameter steps = parameters.find("steps").orElseThrow();
        Parameter label = parameters.find("label").orElseThrow();

        String edited = ExperimentSource.withValue(text, steps, 8L);
        String added = ExperimentSource.withValue(edited, label, "a \"quoted\" label");

        assertEquals(text.replace("\"steps\": 7 ", "\"steps\": 8 "), edited, "replaced in place");
        ExperimentFile file = ExperimentFile.read(added, CATALOG);
        assertEquals("a \"quoted\" label", file.values().text("label"), "added parameter:\n" + added);
        assertEquals(8, file.values().integer("steps"), "edited parameter");
        assertTrue(added.contains("\"notes\": \"my run\""), "notes kept");
    }

    @Test
    void editAddsAParametersObjectWhenTheFileHasNone() {
        String text = "{\n  \"kind\": \"counting\"\n}\n";

        String edited = ExperimentSource.withValue(text, parameters.find("steps").orElseThrow(), 3L);

        ExperimentFile file = ExperimentFile.read(edited, CATALOG);
        assertTrue(file.isRunnable(), file.problems() + "\n" + edited);
        assertEquals(3, file.values().integer("steps"), "added value");
    }

    @Test
    void unknownKeysAreWarningsWithTheirLine() {
        String text = "{\n  \"kind\": \"counting\",\n  \"colour\": \"red\",\n"
                + "  \"parameters\": {\n    \"stpes\": 3\n  }\n}";

        ExperimentFile file = ExperimentFile.read(text, CATALOG);

        assertTrue(file.isRunnable(), "warnings do not stop a run: " + file.problems());
        assertEquals(List.of(3, 5), file.problems().stream().map(Problem::line).toList(), "lines of the warnings");
        assertTrue(file.problems().stream().allMatch(p -> p.severity() == Severity.WARNING), "all warnings");
        assertTrue(file.problems().get(1).message().contains("unknown parameter 'stpes'"), "names the key");
    }

    @Test
    void invalidValueIsAnErrorOnItsLineAndTheDefaultStands() {
        String text = "{\n  \"kind\": \"counting\",\n  \"parameters\": {\n    \"rate\": 2\n  }\n}";

        ExperimentFile file = ExperimentFile.read(text, CATALOG);

        assertFalse(file.isRunnable(), "an error stops a run");
        Problem problem = file.errors().get(0);
        assertEquals(4, problem.line(), "line of the bad value");
        assertEquals("rate: 2 is out of range; expected a number from 0 to 1", problem.message(), "message");
        assertEquals("counting.experiment:4:5: error: rate: 2 is out of range; expected a number from 0 to 1",
                problem.describe("counting.experiment"), "as the runner prints it");
    }
}
