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
 * run results on the right, stored runs, problems, progress and the error log below.
 */
public final class LandscapePerspective implements IPerspectiveFactory {

    /** The Experiments view of landscape.framework.ui: the installed experiment kinds. */
    static final String EXPERIMENTS_ID = "landscape.framework.ui.experiments";

    /** The Runs view of landscape.framework.ui: the stored runs of the workspace. */
    static final String RUNS_ID = "landscape.framework.ui.runs";

    /** The run results views of landscape.framework.ui, one per run. */
    static final String RUN_RESULTS_ID = "landscape.framework.ui.runResults";

    /** The new-experiment wizard of landscape.framework.ui. */
    static final String NEW_EXPERIMENT_ID = "landscape.framework.ui.newExperiment";

    /** The Project Explorer of org.eclipse.ui.navigator.resources. */
    static final String PROJECT_EXPLORER_ID = "org.eclipse.ui.navigator.ProjectExplorer";

    /** The Error Log of org.eclipse.ui.views.log. */
    static final String ERROR_LOG_ID = "org.eclipse.pde.runtime.LogView";

    private static final float LEFT_RATIO = 0.25f;
    private static final float BOTTOM_RATIO = 0.72f;
    private static final float RIGHT_RATIO = 0.55f;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("landscape.ui.left", IPageLayout.LEFT, LEFT_RATIO, editorArea);
        left.addView(EXPERIMENTS_ID);
        left.addView(PROJECT_EXPLORER_ID);

        IFolderLayout right = layout.createFolder("landscape.ui.right", IPageLayout.RIGHT, RIGHT_RATIO, editorArea);
        right.addPlaceholder(RUN_RESULTS_ID + ":*");
        right.addView(RUN_RESULTS_ID);

        IFolderLayout bottom = layout.createFolder("landscape.ui.bottom", IPageLayout.BOTTOM, BOTTOM_RATIO, editorArea);
        bottom.addView(RUNS_ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder(ERROR_LOG_ID);

        layout.addShowViewShortcut(EXPERIMENTS_ID);
        layout.addShowViewShortcut(RUNS_ID);
        layout.addNewWizardShortcut(NEW_EXPERIMENT_ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(ERROR_LOG_ID);
    }
}
