/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.runs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run went.
 *
 * @param status how it ended
 * @param message why it failed, or {@code ""}
 * @param started when it started
 * @param seconds how long it took
 * @param error the exception of an experiment that failed by throwing, for the error log
 */
public record RunOutcome(RunStatus status, String message, Instant started, double seconds, Optional<Throwable> error) {

    /** Checks that nothing is missing. */
    public RunOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(error, "error");
    }
}
