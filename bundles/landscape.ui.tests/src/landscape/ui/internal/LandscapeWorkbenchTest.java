/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The workbench as a user first sees it: started by the Landscape application, in the Landscape
 * perspective, with the Experiments, Problems and Progress views and an open workspace.
 */
class LandscapeWorkbenchTest {

    @Test
    void workbenchOpensInTheLandscapePerspective() {
        IWorkbenchPage page = activePage();

        assertEquals(LandscapeWorkbenchAdvisor.PERSPECTIVE_ID, page.getPerspective().getId(), "perspective at start");
        assertEquals("Landscape", page.getPerspective().getLabel(), "perspective label");
        assertEquals("landscape.ui.workbench", Platform.getProduct().getId(), "running product");
    }

    @Test
    void experimentsViewIsShown() {
        IWorkbenchPage page = activePage();

        IViewPart view = page.findView(LandscapePerspective.EXPERIMENTS_ID);
        assertNotNull(view, "Experiments view is open in the Landscape perspective");
        assertTrue(page.isPartVisible(view), "Experiments view is visible");
        assertEquals("Experiments", view.getTitle(), "view title");
    }

    @Test
    void problemsAndProgressViewsArePartOfThePerspective() {
        IWorkbenchPage page = activePage();

        assertViewPresent(page, IPageLayout.ID_PROBLEM_VIEW, "Problems");
        assertViewPresent(page, IPageLayout.ID_PROGRESS_VIEW, "Progress");
        assertViewPresent(page, LandscapePerspective.PROJECT_EXPLORER_ID, "Project Explorer");
        assertViewPresent(page, LandscapePerspective.RUNS_ID, "Runs");
    }

    @Test
    void workspaceIsOpenForExperimentFiles() throws IOException {
        assertNotNull(ResourcesPlugin.getWorkspace().getRoot().getLocation(), "workspace root location");
        assertTrue(Platform.getInstanceLocation().isLocked(), "the application locked its workspace");
    }

    @Test
    void aboutDialogShowsTheReleaseVersionOfTheBundle() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(LandscapeApplication.class);
        Version version = bundle.getVersion();
        Properties mappings = new Properties();
        URL entry = bundle.getEntry("about.mappings");
        assertNotNull(entry, "about.mappings is packaged in landscape.ui");

        try (InputStream in = entry.openStream()) {
            mappings.load(in);
        }

        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        assertEquals(release, mappings.getProperty("0"), "about.mappings {0} against the bundle version " + version);
        assertTrue(Platform.getProduct().getProperty("aboutText").contains("Version: {0}"), "aboutText shows {0}");
    }

    @Test
    void nd4jNativeBackendLoadsInsideTheWorkbench() throws InterruptedException {
        NumericsWarmUp warmUp = new NumericsWarmUp();

        warmUp.schedule();
        warmUp.join();

        IStatus result = warmUp.getResult();
        assertTrue(result.isOK(), "Nd4j warm-up: " + result.getMessage());
    }

    private static IWorkbenchPage activePage() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void assertViewPresent(IWorkbenchPage page, String id, String name) {
        IViewReference reference = page.findViewReference(id);
        assertNotNull(reference, name + " view (" + id + ") is in the perspective");
    }
}
