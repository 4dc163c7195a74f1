/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Configures the workbench: the Landscape perspective first, the workspace as the input of its
 * pages (so that resource views and editors work), and the workspace saved when it closes.
 */
public final class LandscapeWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The perspective a new workbench window opens with. */
    public static final String PERSPECTIVE_ID = "landscape.ui.perspective";

    /** How long after start-up the Nd4j backend is loaded in the background. */
    private static final long WARM_UP_DELAY_MILLIS = 3000;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LandscapeWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        // Later than start-up itself, so that the native backend's first load does not overlap
        // with the bundle activations of the views that are being restored.
        new NumericsWarmUp().schedule(WARM_UP_DELAY_MILLIS);
    }

    @Override
    public void postShutdown() {
        // Without a save, the next start has to recover the workspace tree from its log.
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
