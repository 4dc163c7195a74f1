/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import landscape.framework.experiment.ExperimentType;
import landscape.framework.files.ExperimentFile;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.Problem;

/**
 * The Overview page of the experiment editor: what the experiment shows, its parameters in
 * sections with labels, units and help, problems beside the fields, and the Run action.
 */
final class OverviewPage extends FormPage {

    static final String ID = "landscape.framework.ui.overview";

    private final ExperimentEditor editor;
    private final List<ParameterField> fields = new ArrayList<>();
    private Composite body;
    private ExperimentType shownType;
    private ExperimentFile pending;

    OverviewPage(ExperimentEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        form.setText("Experiment");
        body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 12).applyTo(body);

        Action run = new Action("Run") {
            @Override
            public void run() {
                editor.runExperiment();
            }
        };
        run.setToolTipText("Run this experiment (its runs are stored under runs/ beside the file)");
        form.getToolBarManager().add(run);
        form.updateToolBar();

        if (pending != null) {
            show(pending);
        }
    }

    /** Shows a freshly read file: rebuilds the fields when the kind changed, then updates them. */
    void show(ExperimentFile file) {
        pending = file;
        if (body == null || body.isDisposed()) {
            return;
        }
        ScrolledForm form = getManagedForm().getForm();
        ExperimentType type = file.type().orElse(null);
        if (type != shownType) {
            rebuild(type);
        }
        showMessage(form, file);

        for (ParameterField field : fields) {
            String name = field.parameter().name();
            Optional<String> written = Optional.ofNullable(file.written().get(name));
            Object value = file.values() == null ? field.parameter().defaultValue() : file.values().get(name);
            field.show(written, value);
            field.showProblem(file.problems().stream().filter(p -> p.field().equals(name)).findFirst());
            field.setEnabled(file.values() != null);
        }
    }

    private void showMessage(ScrolledForm form, ExperimentFile file) {
        List<Problem> errors = file.errors();
        if (errors.isEmpty()) {
            long warnings = file.problems().size();
            form.setMessage(warnings == 0 ? null : warnings + " warning(s): " + file.problems().get(0).message(),
                    warnings == 0 ? IMessageProvider.NONE : IMessageProvider.WARNING);
        } else {
            Problem first = errors.get(0);
            String where = first.line() > 0 ? "line " + first.line() + ": " : "";
            form.setMessage(errors.size() + " error(s), " + where + first.message(), IMessageProvider.ERROR);
        }
    }

    private void rebuild(ExperimentType type) {
        shownType = type;
        fields.clear();
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        FormToolkit toolkit = getManagedForm().getToolkit();
        ScrolledForm form = getManagedForm().getForm();
        form.setText(type == null ? "Experiment" : type.name());

        Section about = section(toolkit, "What to look for", 2);
        Label description = toolkit.createLabel((Composite) about.getClient(), type == null
                ? "This file names no installed experiment kind. Fix its \"kind\" on the Source page;"
                        + " the Problems view says what is wrong."
                : type.experiment().description(), SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);

        if (type != null) {
            for (Map.Entry<String, List<Parameter>> group : bySection(type.experiment().parameters().parameters())
                    .entrySet()) {
                Section section = section(toolkit, group.getKey(), 1);
                Composite client = (Composite) section.getClient();
                GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 2).applyTo(client);
                for (Parameter parameter : group.getValue()) {
                    fields.add(new ParameterField(toolkit, client, parameter, editor::setParameter));
                }
            }
        }
        form.reflow(true);
    }

    private Section section(FormToolkit toolkit, String title, int span) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().applyTo(client);
        section.setClient(client);
        return section;
    }

    private static Map<String, List<Parameter>> bySection(List<Parameter> parameters) {
        Map<String, List<Parameter>> sections = new LinkedHashMap<>();
        parameters.forEach(p -> sections.computeIfAbsent(p.section(), key -> new ArrayList<>()).add(p));
        return sections;
    }

    /** @return the field of a parameter, for tests */
    Optional<ParameterField> field(String name) {
        return fields.stream().filter(f -> f.parameter().name().equals(name)).findFirst();
    }
}
