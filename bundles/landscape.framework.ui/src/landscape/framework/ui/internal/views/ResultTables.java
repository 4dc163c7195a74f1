/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;

import landscape.framework.files.AtomicWrite;
import landscape.framework.results.Table;

/**
 * Shows a result table as a table whose columns sort when their header is clicked, with a
 * context menu that exports it as CSV.
 */
final class ResultTables {

    private static final int COLUMN_WIDTH = 110;

    private ResultTables() {
    }

    static TableViewer add(Composite parent, Table table) {
        new Label(parent, SWT.NONE).setText(table.name());
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Sorter sorter = new Sorter();
        for (int c = 0; c < table.columns().size(); c++) {
            int index = c;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(table.columns().get(c));
            column.getColumn().setWidth(COLUMN_WIDTH);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ValueText.of(((List<?>) element).get(index));
                }
            });
            column.getColumn().addListener(SWT.Selection, event -> sorter.sortBy(viewer, column.getColumn(), index));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(sorter);
        viewer.setInput(table.rows());
        exportMenu(viewer, table);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT,
                Math.min(12, table.rows().size() + 2) * viewer.getTable().getItemHeight()).applyTo(viewer.getControl());
        return viewer;
    }

    private static void exportMenu(TableViewer viewer, Table table) {
        Menu menu = new Menu(viewer.getControl());
        MenuItem export = new MenuItem(menu, SWT.PUSH);
        export.setText("Export CSV...");
        export.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
            dialog.setFileName(table.name() + ".csv");
            dialog.setFilterExtensions(new String[] {"*.csv"});
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file == null) {
                return;
            }
            try {
                AtomicWrite.writeString(Path.of(file), table.csv());
            } catch (IOException e) {
                MessageDialog.openError(viewer.getControl().getShell(), "Export CSV",
                        "Could not write " + file + ": " + e.getMessage());
            }
        });
        viewer.getControl().setMenu(menu);
    }

    /** Sorts by one column, numbers as numbers; a second click on a header reverses the order. */
    private static final class Sorter extends ViewerComparator {

        private int column = -1;
        private boolean descending;

        void sortBy(TableViewer viewer, TableColumn header, int index) {
            descending = index == column && !descending;
            column = index;
            viewer.getTable().setSortColumn(header);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        }

        @Override
        public int compare(Viewer viewer, Object a, Object b) {
            if (column < 0) {
                return 0;
            }
            Object left = ((List<?>) a).get(column);
            Object right = ((List<?>) b).get(column);
            int order = left instanceof Double x && right instanceof Double y ? Double.compare(x, y)
                    : String.valueOf(left).compareTo(String.valueOf(right));
            return descending ? -order : order;
        }
    }
}
