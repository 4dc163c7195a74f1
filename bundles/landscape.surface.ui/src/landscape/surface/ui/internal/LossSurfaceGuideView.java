/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.surface.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * A short guide to the loss surface exercise, in the manner of a cheat sheet: what to look for,
 * then the steps, with buttons that put the shipped sample experiment into the workspace project
 * samples and open it in the experiment editor.
 */
import landscape.framework.ui.SampleExperiment;

public final class LossSurfaceGuideView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "landscape.surface.ui.guide";

    /** The sample experiment this guide opens. */
    static final SampleExperiment SAMPLE = new SampleExperiment(LossSurfaceGuideView.class, "surface.experiment");

    static final String WHAT_TO_LOOK_FOR = "The sample fits a single tanh unit, y = w2 tanh(w1 x), with"
            + " just two weights, so its whole loss surface fits on one picture. Look for two minima that are"
            + " mirror images through the origin: (w1, w2) and (-w1, -w2) give exactly the same predictions,"
            + " so even this tiny model has no single best point. Then follow the three paths of gradient"
            + " descent drawn on the contours: two of them settle in a minimum, while the one that starts at"
            + " (0.5, -2.5) creeps along a flat valley where the gradient is small. Compare the optimizers on"
            + " the same starts, and watch what a step size that is too large does: the paths overshoot, grow"
            + " and are drawn dashed where they diverge.";

    static final String[] STEPS = {
        "1. Open the sample experiment: it is created as samples/surface.experiment in the workspace.",
        "2. Press Run at the top right of its Overview page; Run Results shows the contours with the paths,"
                + " the 3D surface and the loss along each path.",
        "3. Set optimizer to momentum and run again: the creeping path now gets further in the same 1000 steps.",
        "4. Raise stepSize to 20 and run: the paths diverge. The Runs view keeps every run for comparison.",
    };

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("The loss surface of a 2-parameter model");
        Composite body = form.getBody();
        body.setLayout(new TableWrapLayout());

        heading(body, "What to look for");
        paragraph(body, WHAT_TO_LOOK_FOR);

        heading(body, "Steps");
        for (String step : STEPS) {
            paragraph(body, step);
        }
        button(body, "Open the sample experiment").addListener(SWT.Selection, event -> openReportingErrors());
        button(body, "Restore the sample to its shipped text").addListener(SWT.Selection,
                event -> restoreAfterConfirmation());
    }

    private void heading(Composite body, String text) {
        Label label = toolkit.createLabel(body, text, SWT.NONE);
        label.setFont(JFaceResources.getBannerFont());
        label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    private void paragraph(Composite body, String text) {
        toolkit.createLabel(body, text, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    private Button button(Composite body, String text) {
        Button button = toolkit.createButton(body, text, SWT.PUSH);
        button.setLayoutData(new TableWrapData(TableWrapData.LEFT));
        return button;
    }

    /** Creates the sample in the workspace unless it is there, and opens it; @return its editor */
    IEditorPart openSample() throws CoreException, IOException {
        return SAMPLE.open(getSite().getPage());
    }

    /** Puts the shipped text back into the workspace's sample, and opens it; @return its editor */
    IEditorPart restoreSample() throws CoreException, IOException {
        SAMPLE.restore();
        return SAMPLE.open(getSite().getPage());
    }

    private void openReportingErrors() {
        try {
            openSample();
        } catch (CoreException | IOException e) {
            report(e);
        }
    }

    private void restoreAfterConfirmation() {
        boolean confirmed = !SAMPLE.file().exists() || MessageDialog.openConfirm(getSite().getShell(),
                "Restore " + SAMPLE.file().getName(), "Replace " + SAMPLE.file().getFullPath()
                        + " with the shipped sample? Your changes to it are lost; stored runs are kept.");
        if (!confirmed) {
            return;
        }
        try {
            restoreSample();
        } catch (CoreException | IOException e) {
            report(e);
        }
    }

    private static void report(Exception e) {
        StatusManager.getManager().handle(Status.error("The sample " + SAMPLE.file().getFullPath()
                + " could not be created or opened: " + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
