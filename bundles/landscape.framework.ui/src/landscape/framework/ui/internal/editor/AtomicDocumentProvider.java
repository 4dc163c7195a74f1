/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

import landscape.framework.files.AtomicWrite;

/**
 * Saves experiment files atomically: the text goes to a temporary file that is then renamed
 * over the old one, so a crash during a save never leaves a truncated experiment. Files are
 * UTF-8, as the runner reads them.
 */
final class AtomicDocumentProvider extends FileDocumentProvider {

    @Override
    protected ISchedulingRule getSaveRule(Object element) {
        // The save refreshes the file after the rename, which needs the refresh rule as well.
        if (element instanceof IFileEditorInput input) {
            IResourceRuleFactory rules = input.getFile().getWorkspace().getRuleFactory();
            return MultiRule.combine(super.getSaveRule(element), rules.refreshRule(input.getFile()));
        }
        return super.getSaveRule(element);
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        if (!(element instanceof IFileEditorInput input) || !input.getFile().exists()
                || input.getFile().getLocation() == null) {
            super.doSaveDocument(monitor, element, document, overwrite);
            return;
        }
        IFile file = input.getFile();
        FileInfo info = (FileInfo) getElementInfo(element);
        if (!overwrite && info != null) {
            checkSynchronizationState(info.fModificationStamp, file);
        }

        Path path = file.getLocation().toFile().toPath();
        try {
            AtomicWrite.writeString(path, document.get());
        } catch (IOException e) {
            throw new CoreException(Status.error("Could not save " + path + ": " + e.getMessage(), e));
        }
        file.refreshLocal(IResource.DEPTH_ZERO, monitor);

        if (info != null) {
            info.fModificationStamp = computeModificationStamp(file);
        }
    }
}
