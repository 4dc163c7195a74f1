/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal.runner;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import landscape.framework.internal.UnresolvedBundles;
import landscape.framework.registry.ExperimentRegistry;

/**
 * The headless runner as an Equinox application ({@code landscape.framework.runner}), started by
 * the product's {@code landscape} script. On an interrupt (Ctrl-C) a running experiment is asked
 * to stop and given a moment to write its partial results; the JVM then exits with 130.
 */
public final class RunnerApplication implements IApplication {

    /** How long an interrupted run may take to stop and write its folder. */
    private static final long STOP_GRACE_SECONDS = 5;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            interrupted.set(true);
            awaitQuietly(finished);
        }, "landscape-runner-interrupt");
        Runtime.getRuntime().addShutdownHook(stopper);

        try {
            CommandLine commandLine = new CommandLine(ExperimentRegistry.platform(), System.out, System.err,
                    interrupted);
            // A plug-in that could not be resolved is missing from every list: say so first.
            commandLine.warn(UnresolvedBundles.describe());
            return commandLine.execute(Arrays.asList(args == null ? new String[0] : args));
        } finally {
            finished.countDown();
            removeHook(stopper);
        }
    }

    @Override
    public void stop() {
        // Runs end on their own or through the interrupt flag; nothing is held here.
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (an interrupt): the hook is running and must stay.
        }
    }
}
