/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

import java.util.function.DoubleUnaryOperator;

import landscape.core.tensor.Tensor;

/**
 * The functions an expression may use that the core's tensors lack: sine, cosine and absolute
 * value, written as client operations through {@link Tensor#recorded}. Their local derivatives are
 * tensor operations themselves, so second derivatives, and with them Hessians, stay exact.
 */
final class ElementaryFunctions {

    private ElementaryFunctions() {
    }

    static Tensor sin(Tensor x) {
        Tensor out = map(x, Math::sin);
        return out.recorded((g, sink) -> sink.add(x, () -> g.mul(cos(x))), x);
    }

    static Tensor cos(Tensor x) {
        Tensor out = map(x, Math::cos);
        return out.recorded((g, sink) -> sink.add(x, () -> g.mul(sin(x)).neg()), x);
    }

    /** |x| as x times its sign; the sign is a constant, so the second derivative is 0 away from 0. */
    static Tensor abs(Tensor x) {
        Tensor sign = x.positiveMask().sub(x.neg().positiveMask());
        return x.mul(sign);
    }

    // The values only, elementwise, in the input's type and shape; never recorded.
    private static Tensor map(Tensor x, DoubleUnaryOperator function) {
        double[] values = x.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] = function.applyAsDouble(values[i]);
        }
        return Tensor.of(x.dtype(), values, x.shape().dims());
    }
}
