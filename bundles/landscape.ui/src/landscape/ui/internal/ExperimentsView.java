/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the experiment kinds installed in the workbench. No experiment plug-ins exist yet, so it
 * says so and where they will come from.
 */
public final class ExperimentsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "landscape.ui.experiments";

    /** Shown while no experiment kind is installed. */
    static final String EMPTY_MESSAGE = "No experiment kinds are installed yet.\n\n"
            + "Experiments arrive as plug-ins; once one is installed it is listed here.";

    private Label message;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        message.setText(EMPTY_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
    }

    @Override
    public void setFocus() {
        message.setFocus();
    }
}
