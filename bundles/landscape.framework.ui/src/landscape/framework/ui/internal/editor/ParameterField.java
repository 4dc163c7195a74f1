/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.editor;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.TableWrapData;

import landscape.framework.files.ExperimentSource;
import landscape.framework.parameters.InvalidValueException;
import landscape.framework.parameters.Parameter;
import landscape.framework.parameters.Problem;
import landscape.framework.parameters.ValueConversion;

/**
 * The form row of one parameter: label, input (text, check box or list by type), unit, a line of
 * help, and an error or warning decoration. It shows the value as the file has it and hands each
 * edit to a listener as the JSON text to write, so a value the user mistyped still lands in the
 * file (and gets a marker) instead of being lost.
 */
final class ParameterField {

    /** The columns of a section's layout that a field fills: label, input, unit. */
    static final int COLUMNS = 3;

    /** Inputs hold numbers and short texts; wider ones only make the form harder to scan. */
    private static final int INPUT_MAX_WIDTH = 260;

    private final Parameter parameter;
    private final Control input;
    private final ControlDecoration decoration;
    private boolean updating;

    /**
     * @param onEdit receives the parameter and the JSON text of its new value
     */
    ParameterField(FormToolkit toolkit, Composite parent, Parameter parameter, BiConsumer<Parameter, String> onEdit) {
        this.parameter = parameter;

        Label label = toolkit.createLabel(parent, parameter.label() + ":");
        label.setLayoutData(new TableWrapData(TableWrapData.LEFT, TableWrapData.MIDDLE));
        label.setToolTipText(parameter.name());
        input = createInput(toolkit, parent, onEdit);
        TableWrapData inputData = new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.MIDDLE);
        inputData.maxWidth = INPUT_MAX_WIDTH;
        input.setLayoutData(inputData);
        input.setToolTipText(parameter.help() + "\nExpected: " + parameter.expected() + "\nIn the file: "
                + parameter.name());
        toolkit.createLabel(parent, parameter.unit()).setLayoutData(new TableWrapData(TableWrapData.LEFT,
                TableWrapData.MIDDLE));

        Label help = toolkit.createLabel(parent, parameter.help(), SWT.WRAP);
        help.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        TableWrapData helpData = new TableWrapData(TableWrapData.FILL_GRAB);
        helpData.colspan = COLUMNS;
        help.setLayoutData(helpData);

        decoration = new ControlDecoration(input, SWT.LEFT | SWT.TOP);
        decoration.hide();
    }

    Parameter parameter() {
        return parameter;
    }

    Control input() {
        return input;
    }

    private Control createInput(FormToolkit toolkit, Composite parent, BiConsumer<Parameter, String> onEdit) {
        return switch (parameter.type()) {
            case BOOLEAN -> {
                Button check = toolkit.createButton(parent, "", SWT.CHECK);
                check.addListener(SWT.Selection, event -> edited(onEdit, Boolean.toString(check.getSelection())));
                yield check;
            }
            case CHOICE -> {
                Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setItems(parameter.choices().toArray(String[]::new));
                toolkit.adapt(combo, true, false);
                combo.addListener(SWT.Selection, event -> edited(onEdit, ExperimentSource.quoted(combo.getText())));
                yield combo;
            }
            default -> {
                Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
                text.addListener(SWT.Modify, event -> edited(onEdit, jsonOf(text.getText())));
                yield text;
            }
        };
    }

    private void edited(BiConsumer<Parameter, String> onEdit, String json) {
        if (!updating) {
            onEdit.accept(parameter, json);
        }
    }

    /**
     * @return the JSON to write for what the user typed: the value in its type when it parses,
     *     else the typed text as a JSON string, so that it is kept and reported
     */
    String jsonOf(String typed) {
        try {
            return ExperimentSource.json(parameter, ValueConversion.fromText(parameter, typed));
        } catch (InvalidValueException e) {
            return ExperimentSource.quoted(typed);
        }
    }

    /**
     * Shows a value without telling the edit listener.
     *
     * @param written the JSON text the file has for this parameter, or empty for the default
     * @param value the value in effect (the default when the file has none)
     */
    void show(Optional<String> written, Object value) {
        String json = written.orElseGet(() -> ExperimentSource.json(parameter, value));
        updating = true;
        try {
            switch (input) {
                case Button check -> check.setSelection(Boolean.parseBoolean(json.trim()));
                case Combo combo -> combo.setText(ExperimentSource.displayText(json));
                case Text text -> {
                    // The user's own typing stays as it is while it means the same value.
                    String shown = ExperimentSource.displayText(json);
                    if (!text.isFocusControl() || !jsonOf(text.getText()).equals(json)) {
                        text.setText(shown);
                    }
                }
                default -> throw new IllegalStateException("unexpected input " + input);
            }
        } finally {
            updating = false;
        }
    }

    /** Shows the problem of this parameter, or hides the decoration when it has none. */
    void showProblem(Optional<Problem> problem) {
        if (problem.isEmpty()) {
            decoration.hide();
            return;
        }
        String id = problem.get().isError() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
        decoration.setDescriptionText(problem.get().message());
        decoration.show();
    }

    void setEnabled(boolean enabled) {
        input.setEnabled(enabled);
    }
}
