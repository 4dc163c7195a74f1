/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A sample experiment that an exercise's bundle ships in its {@code samples/} folder, put into the
 * workspace project {@value #PROJECT} and opened in the experiment editor. A file the learner
 * already has is opened as it is, edits and all; {@link #restore()} puts the shipped text back.
 *
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class SampleExperiment {

    /** The workspace project that holds the samples, as the product's samples/ folder does. */
    public static final String PROJECT = "samples";

    /** The folder of this bundle with the shipped samples. */
    private static final String FOLDER = "samples/";

    private final Bundle bundle;
    private final String fileName;

    /**
     * @param owner a class of the bundle that ships the sample in its samples/ folder
     * @param fileName the sample's name in samples/, for example {@code hessian.experiment}
     */
    public SampleExperiment(Class<?> owner, String fileName) {
        if (fileName == null || !fileName.endsWith(".experiment")) {
            throw new IllegalArgumentException("fileName = " + fileName + "; expected a name ending in .experiment");
        }
        this.bundle = FrameworkUtil.getBundle(owner);
        if (bundle == null) {
            throw new IllegalArgumentException(owner.getName() + " is not loaded from a bundle; expected the class of"
                    + " the bundle that ships " + fileName);
        }
        this.fileName = fileName;
    }

    /** @return the shipped text, byte for byte */
    public byte[] shippedBytes() throws IOException {
        URL entry = bundle.getEntry(FOLDER + fileName);
        if (entry == null) {
            throw new IOException(FOLDER + fileName + " is missing from bundle " + bundle.getSymbolicName()
                    + "; expected it in its samples/ folder");
        }
        try (InputStream in = entry.openStream()) {
            return in.readAllBytes();
        }
    }

    /** @return the sample's file in the workspace, which need not exist yet */
    public IFile file() {
        return project().getFile(fileName);
    }

    /** Creates the sample in the workspace unless it is there already; @return its file */
    public IFile create() throws CoreException, IOException {
        IFile file = file();
        openProject();
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(shippedBytes()), true, null);
        }
        return file;
    }

    /** Replaces the workspace's copy, edits and all, with the shipped text; @return its file */
    public IFile restore() throws CoreException, IOException {
        IFile file = file();
        openProject();
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(shippedBytes()), true, true, null);
        } else {
            file.create(new ByteArrayInputStream(shippedBytes()), true, null);
        }
        return file;
    }

    /** Creates the sample if needed and opens it in its editor on {@code page}; @return the editor */
    public IEditorPart open(IWorkbenchPage page) throws CoreException, IOException {
        return IDE.openEditor(page, create(), true);
    }

    private static IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
    }

    private static void openProject() throws CoreException {
        IProject project = project();
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
    }
}
