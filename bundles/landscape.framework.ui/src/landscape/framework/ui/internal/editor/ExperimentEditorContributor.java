/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Connects the workbench's Edit actions to the experiment editor's text: on the Source page all
 * of them, on the Overview page undo and redo, so that form edits can be undone as well.
 */
public final class ExperimentEditorContributor extends MultiPageEditorActionBarContributor {

    private static final String[] TEXT_ACTIONS = {ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
        ActionFactory.CUT.getId(), ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(),
        ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId()};

    private ExperimentEditor editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ExperimentEditor experimentEditor ? experimentEditor : null;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart page) {
        IActionBars bars = getActionBars();
        if (bars == null || editor == null) {
            return;
        }
        ITextEditor text = editor.sourceEditor();
        boolean onSource = page == text;
        for (String id : TEXT_ACTIONS) {
            boolean history = id.equals(ActionFactory.UNDO.getId()) || id.equals(ActionFactory.REDO.getId());
            bars.setGlobalActionHandler(id, text != null && (onSource || history) ? text.getAction(id) : null);
        }
        bars.updateActionBars();
    }
}
