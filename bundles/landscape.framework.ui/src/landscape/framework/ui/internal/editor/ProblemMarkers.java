/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import landscape.framework.parameters.Problem;

/**
 * Shows the problems of an experiment file as markers in the Problems view, each on its line.
 */
public final class ProblemMarkers {

    /** The marker type (a problem marker and a text marker), declared in plugin.xml. */
    public static final String TYPE = "landscape.framework.ui.problem";

    /** The family of the jobs that update markers, for waiting on them. */
    public static final Object FAMILY = ProblemMarkers.class;

    private ProblemMarkers() {
    }

    /** Replaces the markers of {@code file} with {@code problems}, in a workspace job. */
    static void replace(IFile file, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob("Checking " + file.getName()) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Problem problem : problems) {
                    IMarker marker = file.createMarker(TYPE);
                    marker.setAttribute(IMarker.MESSAGE, problem.message());
                    marker.setAttribute(IMarker.SEVERITY,
                            problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                    marker.setAttribute(IMarker.LINE_NUMBER, Math.max(1, problem.line()));
                    marker.setAttribute(IMarker.LOCATION, problem.line() > 0 ? "line " + problem.line() : "file");
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }
}
