/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.hessian.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import landscape.core.data.RandomStream;
import landscape.hessian.internal.PositiveDefiniteFraction;

/**
 * Measures, in the background, the fraction of positive definite random symmetric matrices for
 * every dimension from 1 to the largest, reporting each one as soon as it is known. It draws the
 * same matrices as the hessian experiment for the same seed (one derived stream per n), so the
 * view and a run of the experiment agree. Cancel stops it within a few hundred samples.
 */
final class PositiveDefiniteSweep extends Job {

    /** The family of all sweeps, for waiting on them. */
    static final Object FAMILY = PositiveDefiniteSweep.class;

    /** Receives each dimension's fraction, on the job's thread. */
    @FunctionalInterface
    interface Listener {
        void measured(int n, double fraction);
    }

    private final int largest;
    private final int samples;
    private final long seed;
    private final Listener listener;

    /**
     * @param largest the largest dimension n, at least 1
     * @param samples matrices drawn per dimension, at least 1
     * @param seed the seed of the draws, at least 0
     * @param listener told each fraction as it is measured
     */
    PositiveDefiniteSweep(int largest, int samples, long seed, Listener listener) {
        super("Sampling random symmetric matrices up to n = " + largest);
        if (largest < 1 || samples < 1 || seed < 0) {
            throw new IllegalArgumentException("largest = " + largest + ", samples = " + samples + ", seed = " + seed
                    + "; expected a dimension and a sample count of at least 1 and a seed of at least 0");
        }
        this.largest = largest;
        this.samples = samples;
        this.seed = seed;
        this.listener = listener;
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), totalWork());
        RandomStream random = RandomStream.seeded(seed);
        try {
            for (int n = 1; n <= largest; n++) {
                monitor.subTask("n = " + n + ": " + samples + " matrices");
                // The same derived stream as the experiment's, so both report the same fraction for this n.
                double fraction = PositiveDefiniteFraction.estimate(n, samples, random.derive("n=" + n),
                        () -> checkCancelled(monitor));
                listener.measured(n, fraction);
                monitor.worked(work(n));
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private int totalWork() {
        int total = 0;
        for (int n = 1; n <= largest; n++) {
            total += work(n);
        }
        return total;
    }

    /** A sample of size n costs about n^2 random numbers, which dominate the n^3/6 of the test for small n. */
    private static int work(int n) {
        return n * n;
    }
}
