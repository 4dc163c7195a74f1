/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import landscape.core.internal.Nd4jProbe;

/**
 * Loads Nd4j's native backend in the background right after start-up, so that the first
 * experiment does not wait for it; on the very first start this unpacks the native libraries
 * into the cache folder the start script names. The outcome is logged, failures included.
 */
final class NumericsWarmUp extends Job {

    /** Logged once the backend has computed a known product correctly. */
    static final String READY = "Nd4j native backend ready";

    private static final double[] EXPECTED = {19, 22, 43, 50};

    NumericsWarmUp() {
        super("Loading the Nd4j native backend");
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            double[] product = Nd4jProbe.multiplyTwoByTwo();
            if (!Arrays.equals(EXPECTED, product)) {
                return Status.error("Nd4j computed " + Arrays.toString(product) + " for [[1,2],[3,4]] x [[5,6],[7,8]],"
                        + " expected " + Arrays.toString(EXPECTED) + ": its native backend is not usable.");
            }
            ILog.of(getClass()).info(READY + " (" + Nd4jProbe.backendName() + ", native cache "
                    + System.getProperty("org.bytedeco.javacpp.cachedir", "~/.javacpp/cache") + ")");
            return Status.OK_STATUS;
        } catch (LinkageError | RuntimeException e) {
            return Status.error("Nd4j's native backend could not be loaded: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
