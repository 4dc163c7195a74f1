/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.files.ExperimentSource;

/**
 * File > New > Experiment: an experiment file of any installed kind, with its defaults, in a
 * workspace folder (the project is created when it does not exist yet), opened in the editor.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "landscape.framework.ui.newExperiment";

    private IWorkbench workbench;
    private NewExperimentPage page;
    private ExperimentType preselected;
    private IFile created;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        setWindowTitle("New Experiment");
        setNeedsProgressMonitor(false);
        page = new NewExperimentPage(selection);
    }

    /** Selects a kind before the wizard opens. */
    public void preselect(ExperimentType type) {
        this.preselected = type;
    }

    @Override
    public void addPages() {
        page.preselect(preselected);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ExperimentType type = page.kind();
        IPath path = page.filePath();
        String text = ExperimentSource.create(type.kind(), type.experiment().parameters(),
                type.experiment().parameters().defaults());
        try {
            created = create(path, text);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, true);
            return true;
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
            MessageDialog.openError(getShell(), "New Experiment", "Could not create " + path + ": " + e.getMessage());
            return false;
        }
    }

    /** @return the file this wizard created, for tests */
    public IFile created() {
        return created;
    }

    static IFile create(IPath path, String text) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(path.segment(0));
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IContainer container = project;
        for (int i = 1; i < path.segmentCount() - 1; i++) {
            IFolder folder = container.getFolder(IPath.fromOSString(path.segment(i)));
            if (!folder.exists()) {
                folder.create(true, true, null);
            }
            container = folder;
        }
        IFile file = root.getFile(path);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, null);
        file.setCharset(StandardCharsets.UTF_8.name(), null);
        return file;
    }
}
