/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;

/**
 * The context menu of every chart: "Export PNG...", "Export SVG..." and "Export CSV...", each
 * asking for a file and reporting a failure to write it in a message box.
 */
public final class ExportMenu {

    /** Writes a chart to a file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private ExportMenu() {
    }

    /** Gives {@code control} the export context menu. */
    public static void install(Control control, Writer png, Writer svg, Writer csv) {
        Menu menu = new Menu(control);
        item(control, menu, "Export PNG...", "*.png", png);
        item(control, menu, "Export SVG...", "*.svg", svg);
        item(control, menu, "Export CSV...", "*.csv", csv);
        control.setMenu(menu);
    }

    private static void item(Control control, Menu menu, String text, String pattern, Writer writer) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> chooseAndWrite(control, pattern, writer));
    }

    private static void chooseAndWrite(Control control, String pattern, Writer writer) {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { pattern, "*.*" });
        dialog.setFileName("chart" + pattern.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }

        try {
            writer.write(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageBox box = new MessageBox(control.getShell(), SWT.ICON_ERROR | SWT.OK);
            box.setText("Export failed");
            box.setMessage("Could not write " + chosen + ":\n" + e.getMessage());
            box.open();
        }
    }
}
