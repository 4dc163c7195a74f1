/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.files.ExperimentFile;
import landscape.framework.registry.ExperimentRegistry;

/** File > New > Experiment creates a runnable file of the chosen kind with its defaults and opens it. */
class NewExperimentWizardTest {

    @AfterEach
    void deleteProject() throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NewExperimentPage.DEFAULT_PROJECT);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void finishCreatesTheProjectAndADefaultsFileAndOpensIt() throws Exception {
        ExperimentType bowl = ExperimentRegistry.platform().find("bowl").orElseThrow();
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        wizard.preselect(bowl);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();

        assertTrue(wizard.canFinish(), "the defaults (experiments/bowl.experiment) can finish at once");
        assertTrue(wizard.performFinish(), "finish");
        dialog.close();

        IFile file = wizard.created();
        assertEquals("/experiments/bowl.experiment", file.getFullPath().toString(), "where the file goes");
        String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        ExperimentFile read = ExperimentFile.read(text, ExperimentRegistry.platform());
        assertTrue(read.isRunnable(), "the new file runs as it is: " + read.problems());
        assertEquals(bowl.experiment().parameters().defaults(), read.values(), "it holds the defaults");
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertEquals("bowl.experiment", active.getEditorInput().getName(), "the new file is open in the editor");
    }
}
