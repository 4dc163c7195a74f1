/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Help &gt; Install New Software in a real workbench, the way a user works it: the dialog opens,
 * the location of the project's p2 repository is typed into "Work with" and Enter pressed, and
 * the dialog lists the repository's categories with the experiment features inside, including
 * the one the product does not ship.
 */
class InstallNewSoftwareTest {

    /** The command behind Help &gt; Install New Software. */
    private static final String INSTALL_NEW_SOFTWARE = "org.eclipse.equinox.p2.ui.sdk.install";

    /**
     * An installed product has a p2 profile, which the Install dialog needs; the test runtime
     * is not installed by p2, so the test gives it an empty profile under the id that
     * {@code -Declipse.p2.profile} names.
     */
    @BeforeAll
    static void giveTheTestRuntimeAProfile() throws ProvisionException {
        String id = System.getProperty("eclipse.p2.profile");
        assertNotNull(id, "the test runtime is started with -Declipse.p2.profile");
        IProvisioningAgent agent = ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        if (profiles.getProfile(id) == null) {
            profiles.addProfile(id, new HashMap<>());
        }
        assertEquals(id, profiles.getProfile(IProfileRegistry.SELF).getProfileId(), "the running profile");
    }

    @Test
    void dialogOnTheProjectsRepositoryListsItsCategoriesAndExperiments() throws Exception {
        Path repository = Path.of(System.getProperty("landscape.repository")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")),
                "the build published the repository before this test: " + repository);
        Path screenshot = Path.of(System.getProperty("landscape.screenshots", "target/screenshots"))
                .resolve("install-new-software.png");

        InstallDialogScript script = new InstallDialogScript(repository.toUri().toString(),
                "Landscape Workbench exercises", screenshot);
        script.start(Display.getCurrent());
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(INSTALL_NEW_SOFTWARE, null);
        script.waitUntilDone();

        List<String> categories = script.categories();
        assertTrue(categories.contains("Landscape Workbench exercises"), "the exercises' category: " + categories);
        assertTrue(categories.contains("Landscape Workbench"), "the framework's category: " + categories);
        assertTrue(categories.contains("Landscape Workbench platform"), "the platform's category: " + categories);
        List<String> exercises = script.exercises();
        for (String feature : List.of("Exercise: the ill-conditioned bowl",
                "Exercise: the loss surface of a 2-parameter model",
                "Exercise: critical points and their Hessians",
                "Exercise: a learning-rate sweep on the bowl")) {
            assertTrue(exercises.stream().anyMatch(item -> item.startsWith(feature)),
                    feature + " is listed in the exercises' category: " + exercises);
        }
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the dialog: " + screenshot);
    }
}
