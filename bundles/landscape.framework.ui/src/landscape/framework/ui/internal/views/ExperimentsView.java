/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.registry.ExperimentRegistry;
import landscape.framework.ui.internal.wizards.NewExperimentWizard;

/**
 * Lists the experiment kinds installed in the workbench, says what each shows, and creates a new
 * experiment file of the selected kind.
 */
public final class ExperimentsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "landscape.framework.ui.experiments";

    /** Shown while no experiment kind is installed. */
    static final String EMPTY_MESSAGE = "No experiment kinds are installed. Experiments arrive as plug-ins"
            + " (Help > Install New Software); once one is installed it is listed here.";

    private TableViewer viewer;
    private Label description;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        TextColumns.add(viewer, ExperimentType.class, "Experiment", 180, ExperimentType::name);
        TextColumns.add(viewer, ExperimentType.class, "Kind", 90, ExperimentType::kind);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());

        description = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);

        viewer.addSelectionChangedListener(event -> showDescription());
        viewer.addDoubleClickListener(event -> newExperiment());
        Action create = new Action("New Experiment...") {
            @Override
            public void run() {
                newExperiment();
            }
        };
        create.setToolTipText("Create an experiment file of the selected kind with its defaults");
        getViewSite().getActionBars().getToolBarManager().add(create);
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        getViewSite().getActionBars().getMenuManager().add(refresh);
        refresh();
    }

    /** Reads the installed kinds again. */
    void refresh() {
        List<ExperimentType> types = ExperimentRegistry.platform().types();
        viewer.setInput(types);
        if (!types.isEmpty() && viewer.getSelection().isEmpty()) {
            viewer.getTable().select(0);
        }
        showDescription();
    }

    private void showDescription() {
        ExperimentType selected = selected();
        boolean none = viewer.getTable().getItemCount() == 0;
        description.setText(none ? EMPTY_MESSAGE : selected == null ? "Select an experiment to see what it shows."
                : selected.experiment().description() + "\n\nDouble-click to create an experiment file.");
        description.getParent().layout(true);
    }

    private ExperimentType selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof ExperimentType type ? type : null;
    }

    private void newExperiment() {
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        wizard.preselect(selected());
        new WizardDialog(getSite().getShell(), wizard).open();
    }

    /** @return the kinds shown, for tests */
    List<ExperimentType> shown() {
        return Arrays.stream(viewer.getTable().getItems()).map(i -> (ExperimentType) i.getData()).toList();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
