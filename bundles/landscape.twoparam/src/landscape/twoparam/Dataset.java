/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import landscape.core.data.RandomStream;

/**
 * A small data set of scalar inputs and targets drawn from a teacher: a model of the same kind
 * with chosen true weights. Inputs are uniform on [-{@value #INPUT_RANGE}, {@value #INPUT_RANGE}].
 * Regression targets are the teacher's output plus Gaussian noise; classifier labels are 1 with
 * the teacher's probability, so the noise level is not used for them.
 *
 * @param inputs the inputs x
 * @param targets the targets t, one per input
 */
public record Dataset(double[] inputs, double[] targets) {

    /**
     * Half width of the input range: wide enough that tanh(x) bends visibly at w1 = 1, narrow
     * enough that most inputs stay off its flat tails.
     */
    public static final double INPUT_RANGE = 2.0;

    /** Copies the arrays and checks that they pair up. */
    public Dataset {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("dataset has " + inputs.length + " inputs and " + targets.length
                    + " targets; expected at least one input and one target per input");
        }
        inputs = inputs.clone();
        targets = targets.clone();
    }

    /**
     * @param model the teacher's kind
     * @param points how many data points, at least 1
     * @param noise the standard deviation of the target noise of regression models, at least 0
     * @param teacherW1 the teacher's w1
     * @param teacherW2 the teacher's w2
     * @param random the source of the inputs, the noise and the labels
     */
    public static Dataset fromTeacher(TwoParameterModel model, int points, double noise, double teacherW1,
            double teacherW2, RandomStream random) {
        if (points < 1 || !(noise >= 0)) {
            throw new IllegalArgumentException("points = " + points + ", noise = " + noise
                    + "; expected at least 1 point and a noise level of at least 0");
        }

        RandomStream inputDraws = random.derive("inputs");
        RandomStream targetDraws = random.derive("targets");
        double[] x = new double[points];
        double[] t = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = inputDraws.uniform(-INPUT_RANGE, INPUT_RANGE);
            double output = model.teacherOutput(teacherW1, teacherW2, x[i]);
            t[i] = model == TwoParameterModel.LOGISTIC
                    ? (targetDraws.nextDouble() < output ? 1.0 : 0.0)
                    : output + noise * targetDraws.nextGaussian();
        }
        return new Dataset(x, t);
    }

    /** @return the number of data points */
    public int size() {
        return inputs.length;
    }

    @Override
    public double[] inputs() {
        return inputs.clone();
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }
}
