/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;

/** The shared declarations: the loss they choose, and an expression that does not parse reported on its field. */
class LossParametersTest {

    private final ParameterSet parameters = LossParameters.declare(ParameterSet.builder(), "tanhUnit", "x^2 + y^2",
            new Box(-3, 3, -2, 2)).build();

    @Test
    void defaultsChooseTheGivenModelAndBox() {
        ParameterValues values = parameters.defaults();

        TwoParameterLoss loss = LossParameters.loss(values);
        assertInstanceOf(DatasetLoss.class, loss, "tanhUnit is a model fitted to data");
        assertEquals(TwoParameterModel.TANH_UNIT, ((DatasetLoss) loss).model(), "model");
        assertEquals(LossParameters.DEFAULT_POINTS, ((DatasetLoss) loss).data().size(), "data points");
        assertEquals(new Box(-3, 3, -2, 2), LossParameters.box(values), "box");
        assertEquals(201, LossParameters.resolution(values), "default resolution");
    }

    @Test
    void expressionChoiceParsesTheExpression() {
        ParameterValues values = parameters.defaults().with(LossParameters.MODEL, "expression");

        TwoParameterLoss loss = LossParameters.loss(values);

        assertEquals(13.0, loss.value(2, 3), 0.0, "x^2 + y^2 at (2, 3)");
    }

    @Test
    void anExpressionThatDoesNotParseIsAnErrorOnItsField() {
        ParameterValues values = parameters.defaults().with(LossParameters.MODEL, "expression")
                .with(LossParameters.EXPRESSION, "sin(x");

        List<Problem> problems = parameters.validate(values);

        assertEquals(1, problems.size(), "one problem: " + problems);
        Problem problem = problems.get(0);
        assertEquals(LossParameters.EXPRESSION, problem.field(), "field");
        assertEquals("sin(x", problem.value(), "value");
        assertTrue(problem.message().contains("column 6: expected ')' after the argument of sin"), problem.message());
    }

    @Test
    void aBadExpressionDoesNotMatterWhenAModelIsChosen() {
        ParameterValues values = parameters.defaults().with(LossParameters.EXPRESSION, "sin(x");

        assertEquals(List.of(), parameters.validate(values), "the expression is not used by tanhUnit");
    }

    @Test
    void anEmptyBoxIsAnErrorOnItsUpperEdge() {
        ParameterValues values = parameters.defaults().with(LossParameters.W1_MAX, -3.0);

        List<Problem> problems = parameters.validate(values);

        assertEquals(LossParameters.W1_MAX, problems.get(0).field(), "field of " + problems);
    }
}
