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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

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
        TableWrapLayout layout = new TableWrapLayout();
        layout.verticalSpacing = 12;
        body.setLayout(layout);

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
        // Kept short: a long header message would widen the whole form; the fields and the
        // Problems view carry the full sentences.
        List<Problem> errors = file.errors();
        List<Problem> shown = errors.isEmpty() ? file.problems() : errors;
        if (shown.isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
            return;
        }
        Problem first = shown.get(0);
        String what = first.field().isEmpty() ? "the file" : first.field();
        String where = first.line() > 0 ? " (line " + first.line() + ")" : "";
        String count = shown.size() + (errors.isEmpty() ? " warning(s)" : " error(s)");
        form.setMessage(count + ", first in " + what + where, errors.isEmpty() ? IMessageProvider.WARNING
                : IMessageProvider.ERROR);
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

        Section about = section(toolkit, body, "What to look for");
        about.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Label description = toolkit.createLabel((Composite) about.getClient(), type == null
                ? "This file names no installed experiment kind. Fix its \"kind\" on the Source page;"
                        + " the Problems view says what is wrong."
                : type.experiment().description(), SWT.WRAP);
        description.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));

        if (type != null) {
            // One column of sections in a narrow editor, two side by side in a wide one.
            Composite columns = toolkit.createComposite(body);
            columns.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            ColumnLayout columnLayout = new ColumnLayout();
            columnLayout.minNumColumns = 1;
            columnLayout.maxNumColumns = 2;
            columnLayout.horizontalSpacing = 16;
            columnLayout.verticalSpacing = 12;
            columns.setLayout(columnLayout);
            for (Map.Entry<String, List<Parameter>> group : bySection(type.experiment().parameters().parameters())
                    .entrySet()) {
                Section section = section(toolkit, columns, group.getKey());
                Composite client = (Composite) section.getClient();
                TableWrapLayout rows = new TableWrapLayout();
                rows.numColumns = ParameterField.COLUMNS;
                rows.verticalSpacing = 2;
                rows.horizontalSpacing = 8;
                client.setLayout(rows);
                for (Parameter parameter : group.getValue()) {
                    fields.add(new ParameterField(toolkit, client, parameter, editor::setParameter));
                }
            }
        }
        form.reflow(true);
    }

    private static Section section(FormToolkit toolkit, Composite parent, String title) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(title);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new TableWrapLayout());
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
