/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import landscape.core.tensor.Tensor;

/**
 * The models of exactly two parameters, each written in two stages so that a grid can reuse the
 * first: {@link #hidden} depends on w1 and the input only, {@link #pointLoss} adds w2 and compares
 * with the target. All arguments broadcast, which is how one call evaluates a block of (w1, w2)
 * pairs over all data points.
 */
public enum TwoParameterModel {

    /** A two-layer linear network y = w2 w1 x with the loss 1/2 (y - t)^2; minima form the hyperbola w1 w2 = c. */
    LINEAR_NETWORK("linearNetwork", "two-layer linear network y = w2 w1 x") {
        @Override
        public Tensor hidden(Tensor w1, Tensor x) {
            return w1.mul(x);
        }
    },

    /** A tanh unit y = w2 tanh(w1 x) with the loss 1/2 (y - t)^2. */
    TANH_UNIT("tanhUnit", "tanh unit y = w2 tanh(w1 x)") {
        @Override
        public Tensor hidden(Tensor w1, Tensor x) {
            return w1.mul(x).tanh();
        }

        @Override
        public double teacherOutput(double w1, double w2, double x) {
            return w2 * Math.tanh(w1 * x);
        }
    },

    /** A one-neuron logistic classifier p = sigmoid(w1 x + w2) with the cross-entropy loss. */
    LOGISTIC("logistic", "logistic classifier p = sigmoid(w1 x + w2)") {
        @Override
        public Tensor hidden(Tensor w1, Tensor x) {
            return w1.mul(x);
        }

        @Override
        public Tensor pointLoss(Tensor hidden, Tensor w2, Tensor target) {
            Tensor logit = hidden.add(w2);
            return softplus(logit).sub(target.mul(logit));
        }

        @Override
        public double teacherOutput(double w1, double w2, double x) {
            return 1 / (1 + Math.exp(-(w1 * x + w2)));
        }
    };

    private final String id;
    private final String description;

    TwoParameterModel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** @return the name experiment files use for this model */
    public String id() {
        return id;
    }

    /** @return the model's formula in words */
    public String description() {
        return description;
    }

    /** @return the model whose {@link #id()} is {@code id} */
    public static TwoParameterModel ofId(String id) {
        for (TwoParameterModel model : values()) {
            if (model.id.equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException("model '" + id + "' is not known; expected linearNetwork, tanhUnit"
                + " or logistic");
    }

    /** @return the part of the model that depends on w1 and the input only */
    public abstract Tensor hidden(Tensor w1, Tensor x);

    /** @return the loss of each data point; by default 1/2 (w2 hidden - target)^2 */
    public Tensor pointLoss(Tensor hidden, Tensor w2, Tensor target) {
        return hidden.mul(w2).sub(target).square().mul(0.5);
    }

    /**
     * @return the teacher's noise-free output at {@code x}: a prediction, or for the classifier a
     *     probability; by default w2 w1 x
     */
    public double teacherOutput(double w1, double w2, double x) {
        return w2 * w1 * x;
    }

    /** log(1 + exp(z)) as relu(z) + log(1 + exp(-|z|)): no overflow for large |z|, smooth at 0. */
    static Tensor softplus(Tensor z) {
        Tensor relu = z.relu();
        Tensor minusAbs = z.sub(relu.mul(2.0));
        return relu.add(minusAbs.exp().add(1.0).log());
    }
}
