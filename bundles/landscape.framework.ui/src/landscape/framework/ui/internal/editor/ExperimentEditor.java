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
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.texteditor.ITextEditor;

import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.files.ExperimentFile;
import landscape.framework.files.ExperimentSource;
import landscape.framework.parameters.Parameter;
import landscape.framework.registry.ExperimentRegistry;
import landscape.framework.ui.internal.run.ExperimentRunJob;

/**
 * The editor of experiment files: an Overview page with the parameters as a form and a Source
 * page with the JSON text. The text is the one truth: a form edit changes just the value in the
 * text (so undo, dirty state and save are the text editor's), and every text change is read
 * again, shown in the form and reported as markers. Files with errors still save and reopen
 * unchanged.
 */
public final class ExperimentEditor extends FormEditor {

    /** The editor's id in plugin.xml. */
    public static final String ID = "landscape.framework.ui.experimentEditor";

    /** How long typing pauses before the text is checked again. */
    private static final int RECHECK_DELAY_MILLIS = 250;

    private final ExperimentCatalog catalog = ExperimentRegistry.platform();
    private final Runnable recheck = this::recheck;
    private TextEditor source;
    private OverviewPage overview;
    private ExperimentFile current;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The experiment editor opens workspace files, not " + input.getName());
        }
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void addPages() {
        try {
            overview = new OverviewPage(this);
            addPage(overview);
            source = new TextEditor() {
                {
                    setDocumentProvider(new AtomicDocumentProvider());
                }
            };
            int index = addPage(source, getEditorInput());
            setPageText(index, "Source");
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
            return;
        }
        document().addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // Only the text after a change matters.
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                Display display = getSite().getShell().getDisplay();
                display.timerExec(-1, recheck);
                display.timerExec(RECHECK_DELAY_MILLIS, recheck);
            }
        });
        recheck();
    }

    /** @return the document the Source page edits */
    public IDocument document() {
        return source.getDocumentProvider().getDocument(getEditorInput());
    }

    /** @return the text editor of the Source page */
    public ITextEditor sourceEditor() {
        return source;
    }

    /** @return the Overview page */
    OverviewPage overview() {
        return overview;
    }

    /** @return the file as last checked */
    public ExperimentFile current() {
        return current;
    }

    /** @return the workspace file being edited */
    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    /** Checks the text now, instead of after the typing pause; for tests and the Run action. */
    public void recheck() {
        // A pending check may fire after the editor closed; its text editor has no document then.
        if (source == null || source.getDocumentProvider() == null || document() == null) {
            return;
        }
        current = ExperimentFile.read(document().get(), catalog);
        overview.show(current);
        ProblemMarkers.replace(file(), current.problems());
    }

    /** Writes a parameter's new value (as JSON) into the text, changing nothing else. */
    void setParameter(Parameter parameter, String json) {
        IDocument document = document();
        String before = document.get();
        String after;
        try {
            after = ExperimentSource.withJson(before, parameter.name(), json);
        } catch (IllegalArgumentException e) {
            // The text is not well-formed JSON: the form is read-only until the Source page is fixed.
            return;
        }
        replaceDifference(document, before, after);
    }

    private static void replaceDifference(IDocument document, String before, String after) {
        int start = 0;
        int limit = Math.min(before.length(), after.length());
        while (start < limit && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int endBefore = before.length();
        int endAfter = after.length();
        while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
            endBefore--;
            endAfter--;
        }
        try {
            document.replace(start, endBefore - start, after.substring(start, endAfter));
        } catch (BadLocationException e) {
            throw new IllegalStateException("offsets within the document's own text are valid", e);
        }
    }

    /** Runs the experiment as the text stands now, or says why it cannot run. */
    public void runExperiment() {
        recheck();
        if (!current.isRunnable()) {
            MessageDialog.openError(getSite().getShell(), "Cannot run " + file().getName(),
                    current.errors().size() + " error(s) in the experiment; the first: "
                            + current.errors().get(0).message() + "\n\nThe Problems view lists them all.");
            return;
        }
        new ExperimentRunJob(file(), document().get(), current).schedule();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        source.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("experiment files are saved in place");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        getSite().getShell().getDisplay().timerExec(-1, recheck);
        // Changes thrown away with the editor must not leave their markers behind.
        if (source != null && source.isDirty() && file().exists() && file().getLocation() != null) {
            recheckSavedFile();
        }
        super.dispose();
    }

    private void recheckSavedFile() {
        Path path = file().getLocation().toFile().toPath();
        try {
            ProblemMarkers.replace(file(), ExperimentFile.read(Files.readString(path), catalog).problems());
        } catch (IOException e) {
            ILog.of(getClass()).warn("Could not check " + path + " again: " + e.getMessage());
        }
    }
}
