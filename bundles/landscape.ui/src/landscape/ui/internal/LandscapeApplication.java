/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Landscape Workbench application: locks the workspace, then runs the workbench until the
 * user closes it.
 */
public final class LandscapeApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        try {
            // Two workbenches on one workspace would overwrite each other's metadata.
            if (!workspace.lock()) {
                MessageDialog.openError(null, "Workspace in use",
                        "The workspace " + workspace.getURL().getFile() + " is in use by another Landscape Workbench."
                                + " Close it, or start with -data <folder> to use another workspace.");
                return EXIT_OK;
            }
            context.applicationRunning();

            int code = PlatformUI.createAndRunWorkbench(display, new LandscapeWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (workspace.isLocked()) {
                workspace.release();
            }
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
