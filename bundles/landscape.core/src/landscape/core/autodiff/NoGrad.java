/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.autodiff;

/**
 * Scope in which operations on tensors are not recorded for differentiation, on the current
 * thread. Use it for evaluation, for example of a loss over a grid of parameters:
 *
 * <pre>
 * try (NoGrad scope = NoGrad.enter()) {
 *     loss = model.loss(points);
 * }
 * </pre>
 *
 * Scopes nest; closing one restores the state that held when it was entered.
 */
public final class NoGrad implements AutoCloseable {

    private static final ThreadLocal<boolean[]> RECORDING = ThreadLocal.withInitial(() -> new boolean[] { true });

    private final boolean previous;

    private NoGrad(boolean recording) {
        boolean[] state = RECORDING.get();
        this.previous = state[0];
        state[0] = recording;
    }

    /** Turns recording off until the returned scope is closed. */
    public static NoGrad enter() {
        return new NoGrad(false);
    }

    /** Whether operations on tracked tensors are recorded on this thread now. */
    public static boolean isRecording() {
        return RECORDING.get()[0];
    }

    // Used by the reverse sweep, which records its own operations only when asked to.
    static NoGrad recording(boolean recording) {
        return new NoGrad(recording);
    }

    @Override
    public void close() {
        RECORDING.get()[0] = previous;
    }
}
