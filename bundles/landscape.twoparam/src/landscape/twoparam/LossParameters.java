/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.Optional;

import landscape.core.data.RandomStream;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.ParameterSet;
import landscape.framework.parameters.ParameterValues;
import landscape.framework.parameters.Problem;

/**
 * The parameters that choose a loss of two parameters and the box it is looked at in, declared
 * once so that every exercise on such losses has the same names in its files: the model or the
 * expression, the teacher data set, the box and the grid resolution.
 */
public final class LossParameters {

    public static final String MODEL = "model";
    public static final String EXPRESSION = "expression";
    public static final String POINTS = "points";
    public static final String NOISE = "noise";
    public static final String SEED = "seed";
    public static final String TEACHER_W1 = "teacherW1";
    public static final String TEACHER_W2 = "teacherW2";
    public static final String W1_MIN = "w1Min";
    public static final String W1_MAX = "w1Max";
    public static final String W2_MIN = "w2Min";
    public static final String W2_MAX = "w2Max";
    public static final String RESOLUTION = "resolution";

    /** The choice of {@link #MODEL} that uses the typed expression instead of a model. */
    public static final String EXPRESSION_CHOICE = "expression";

    /** Grid points per side by default: 201 x 201 shows narrow valleys and still takes milliseconds. */
    public static final int DEFAULT_RESOLUTION = 201;

    /** Data points by default: enough for a smooth landscape, few enough for an instant grid. */
    public static final int DEFAULT_POINTS = 100;

    /**
     * Most data points: a 1001 x 1001 grid over 10000 points is 1e10 multiply-adds, some ten
     * seconds, and the grid cannot be cancelled while it is computed.
     */
    public static final int MAX_POINTS = 10_000;

    private static final String MODEL_SECTION = "Loss";
    private static final String DATA_SECTION = "Teacher data";
    private static final String BOX_SECTION = "Landscape";

    private LossParameters() {
    }

    /**
     * Adds the declarations and their rules.
     *
     * @param builder the experiment's parameter set
     * @param defaultModel the default choice of {@link #MODEL}
     * @param defaultExpression the default expression
     * @param defaultBox the default box
     * @return the builder
     */
    public static ParameterSet.Builder declare(ParameterSet.Builder builder, String defaultModel,
            String defaultExpression, Box defaultBox) {
        declareLoss(builder, defaultModel, defaultExpression);
        declareData(builder);
        declareBox(builder, defaultBox);
        return builder.rule(LossParameters::checkExpression);
    }

    private static void declareLoss(ParameterSet.Builder builder, String defaultModel, String defaultExpression) {
        builder.add(Parameter.choice(MODEL, EXPRESSION_CHOICE, TwoParameterModel.LINEAR_NETWORK.id(),
                TwoParameterModel.TANH_UNIT.id(), TwoParameterModel.LOGISTIC.id()).label("Loss").section(MODEL_SECTION)
                .defaultValue(defaultModel).help("expression: the function typed below; linearNetwork: y = w2 w1 x;"
                        + " tanhUnit: y = w2 tanh(w1 x); logistic: p = sigmoid(w1 x + w2) with cross-entropy."))
                .add(Parameter.text(EXPRESSION).label("Expression f(x, y)").section(MODEL_SECTION)
                        .defaultValue(defaultExpression).help("Used when the loss is expression; x is w1 and y is w2."
                                + " Operators + - * / ^, parentheses, pi, e and the functions "
                                + ExpressionParser.functionNames() + "."));
    }

    private static void declareData(ParameterSet.Builder builder) {
        builder.add(Parameter.integer(POINTS).label("Data points").section(DATA_SECTION).range(1, MAX_POINTS)
                .defaultValue(DEFAULT_POINTS).help("How many inputs x the teacher labels; x is uniform on [-2, 2]."))
                .add(Parameter.number(NOISE).label("Target noise").section(DATA_SECTION).range(0, 100)
                        .defaultValue(0.1).help("Standard deviation of the noise added to regression targets; the"
                                + " classifier's labels are drawn from the teacher's probabilities instead."))
                .add(Parameter.integer(SEED).label("Seed").section(DATA_SECTION).range(0, Integer.MAX_VALUE)
                        .defaultValue(1).help("The same seed gives the same data set."))
                .add(Parameter.number(TEACHER_W1).label("Teacher w1").section(DATA_SECTION).range(-100, 100)
                        .defaultValue(1).help("The w1 of the model that made the targets."))
                .add(Parameter.number(TEACHER_W2).label("Teacher w2").section(DATA_SECTION).range(-100, 100)
                        .defaultValue(1).help("The w2 of the model that made the targets."));
    }

    private static void declareBox(ParameterSet.Builder builder, Box box) {
        builder.add(bound(W1_MIN, "Smallest w1", box.w1Min())).add(bound(W1_MAX, "Largest w1", box.w1Max()))
                .add(bound(W2_MIN, "Smallest w2", box.w2Min())).add(bound(W2_MAX, "Largest w2", box.w2Max()))
                .add(Parameter.integer(RESOLUTION).label("Grid resolution").section(BOX_SECTION).range(11, 1001)
                        .defaultValue(DEFAULT_RESOLUTION).unit("points per side")
                        .help("How many grid points per side the landscape is evaluated at."))
                .ordered(W1_MIN, W1_MAX).ordered(W2_MIN, W2_MAX);
    }

    private static Parameter.Builder bound(String name, String label, double value) {
        return Parameter.number(name).label(label).section(BOX_SECTION).range(-1e6, 1e6).defaultValue(value)
                .help("An edge of the box [w1Min, w1Max] x [w2Min, w2Max] that is shown and searched.");
    }

    private static Optional<Problem> checkExpression(ParameterValues values) {
        if (!EXPRESSION_CHOICE.equals(values.choice(MODEL))) {
            return Optional.empty();
        }

        String text = values.text(EXPRESSION);
        try {
            Expression.parse(text);
            return Optional.empty();
        } catch (ExpressionSyntaxException e) {
            return Optional.of(Problem.error(EXPRESSION, text, EXPRESSION + ": \"" + text
                    + "\" is not a valid expression: " + e.getMessage()));
        }
    }

    /** @return the loss the values choose */
    public static TwoParameterLoss loss(ParameterValues values) {
        String model = values.choice(MODEL);
        if (EXPRESSION_CHOICE.equals(model)) {
            return new ExpressionLoss(Expression.parse(values.text(EXPRESSION)));
        }

        TwoParameterModel kind = TwoParameterModel.ofId(model);
        Dataset data = Dataset.fromTeacher(kind, values.integer(POINTS), values.number(NOISE),
                values.number(TEACHER_W1), values.number(TEACHER_W2), RandomStream.seeded(values.longInteger(SEED)));
        return new DatasetLoss(kind, data);
    }

    /** @return the box the values choose */
    public static Box box(ParameterValues values) {
        return new Box(values.number(W1_MIN), values.number(W1_MAX), values.number(W2_MIN), values.number(W2_MAX));
    }

    /** @return the grid points per side */
    public static int resolution(ParameterValues values) {
        return values.integer(RESOLUTION);
    }
}
