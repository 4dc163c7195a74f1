/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.registry.ExperimentRegistry;

/** The page of the new-experiment wizard: kind, folder and file name, each checked as typed. */
final class NewExperimentPage extends WizardPage {

    /** The project new experiments go into when nothing is selected. */
    static final String DEFAULT_PROJECT = "experiments";

    /** The file extension of experiment files. */
    static final String EXTENSION = "experiment";

    private final List<ExperimentType> types = ExperimentRegistry.platform().types();
    private final IStructuredSelection selection;
    private ExperimentType preselected;
    private Combo kind;
    private Label description;
    private Text folder;
    private Text name;

    NewExperimentPage(IStructuredSelection selection) {
        super("experiment");
        this.selection = selection;
        setTitle("New Experiment");
        setDescription("Create an experiment file with the defaults of its kind.");
    }

    void preselect(ExperimentType type) {
        this.preselected = type;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText("Kind:");
        kind = new Combo(page, SWT.READ_ONLY);
        types.forEach(type -> kind.add(type.name() + " (" + type.kind() + ")"));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(kind);
        description = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(description);

        new Label(page, SWT.NONE).setText("Folder:");
        folder = new Text(page, SWT.BORDER);
        folder.setText(initialFolder());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> browse());

        new Label(page, SWT.NONE).setText("File name:");
        name = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

        kind.addListener(SWT.Selection, event -> kindChanged());
        folder.addListener(SWT.Modify, event -> validate());
        name.addListener(SWT.Modify, event -> validate());
        int index = preselected == null ? 0 : Math.max(0, types.indexOf(preselected));
        if (!types.isEmpty()) {
            kind.select(index);
        }
        kindChanged();
        setControl(page);
    }

    private String initialFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            IContainer container = resource instanceof IContainer c ? c : resource.getParent();
            return container.getFullPath().makeRelative().toString();
        }
        return DEFAULT_PROJECT;
    }

    private void browse() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(),
                ResourcesPlugin.getWorkspace().getRoot(), true, "Folder for the new experiment:");
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
        }
    }

    private void kindChanged() {
        ExperimentType type = kind();
        description.setText(type == null ? "No experiment kinds are installed." : type.experiment().description());
        if (type != null) {
            name.setText(uniqueName(type.kind()));
        }
        description.getParent().layout(true);
        validate();
    }

    private String uniqueName(String base) {
        IPath container = IPath.fromOSString(folder.getText().trim()).makeAbsolute();
        String candidate = base + "." + EXTENSION;
        for (int n = 2; container.segmentCount() > 0 && exists(container.append(candidate)); n++) {
            candidate = base + "-" + n + "." + EXTENSION;
        }
        return candidate;
    }

    private void validate() {
        setErrorMessage(problem().orElse(null));
        setPageComplete(getErrorMessage() == null);
    }

    /** @return what keeps the page from finishing, or empty when it can finish */
    private Optional<String> problem() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (kind() == null) {
            return Optional.of("No experiment kinds are installed; install an experiment plug-in first.");
        }
        IPath container = IPath.fromOSString(folder.getText().trim()).makeAbsolute();
        if (container.segmentCount() == 0) {
            return Optional.of("Folder is empty; expected a project or a folder in one, for example "
                    + DEFAULT_PROJECT);
        }
        IStatus path = workspace.validatePath(container.toString(), IResource.PROJECT | IResource.FOLDER);
        if (!path.isOK()) {
            return Optional.of("Folder '" + folder.getText() + "': " + path.getMessage());
        }
        String file = name.getText().trim();
        IStatus valid = workspace.validateName(file, IResource.FILE);
        if (!valid.isOK()) {
            return Optional.of("File name '" + file + "': " + valid.getMessage());
        }
        if (!file.endsWith("." + EXTENSION)) {
            return Optional.of("File name '" + file + "' does not end with ." + EXTENSION
                    + "; experiment files need it");
        }
        if (exists(container.append(file))) {
            return Optional.of(container.append(file) + " exists already; choose another name");
        }
        return Optional.empty();
    }

    /** @return true when the workspace or the disk below it has something at {@code path} */
    private static boolean exists(IPath path) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        if (root.exists(path)) {
            return true;
        }
        // A file written outside the workbench (for example by the runner) is not in the workspace yet.
        IPath location = path.segmentCount() < 2 ? null : root.getFile(path).getLocation();
        return location != null && location.toFile().exists();
    }

    /** @return the selected kind, or null when none is installed */
    ExperimentType kind() {
        int index = kind == null ? -1 : kind.getSelectionIndex();
        return index < 0 ? null : types.get(index);
    }

    /** @return the full workspace path of the file to create */
    IPath filePath() {
        return IPath.fromOSString(folder.getText().trim()).makeAbsolute().append(name.getText().trim());
    }
}
