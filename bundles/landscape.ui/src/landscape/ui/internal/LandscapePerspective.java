/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Landscape perspective: experiments and workspace files on the left, editors in the middle,
 * problems, progress of running experiments and the error log below.
 */
public final class LandscapePerspective implements IPerspectiveFactory {

    /** The Project Explorer of org.eclipse.ui.navigator.resources. */
    static final String PROJECT_EXPLORER_ID = "org.eclipse.ui.navigator.ProjectExplorer";

    /** The Error Log of org.eclipse.ui.views.log. */
    static final String ERROR_LOG_ID = "org.eclipse.pde.runtime.LogView";

    private static final float LEFT_RATIO = 0.25f;
    private static final float BOTTOM_RATIO = 0.72f;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("landscape.ui.left", IPageLayout.LEFT, LEFT_RATIO, editorArea);
        left.addView(ExperimentsView.ID);
        left.addView(PROJECT_EXPLORER_ID);

        IFolderLayout bottom = layout.createFolder("landscape.ui.bottom", IPageLayout.BOTTOM, BOTTOM_RATIO, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder(ERROR_LOG_ID);

        layout.addShowViewShortcut(ExperimentsView.ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(ERROR_LOG_ID);
    }
}
