/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.results;

import java.util.List;

import landscape.framework.internal.Csv;

/**
 * A table of results: named columns, rows of numbers (Double) or texts (String).
 *
 * @param name the table's name
 * @param columns the column names
 * @param rows the rows, each with one cell per column
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    /** Checks that each row has a cell per column and holds only numbers and texts. */
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + name + "' has a row of " + row.size()
                        + " cells; expected " + columns.size() + " " + columns);
            }
            for (Object cell : row) {
                if (!(cell instanceof Double || cell instanceof String)) {
                    throw new IllegalArgumentException("table '" + name + "' has a cell " + cell
                            + "; expected a Double or a String");
                }
            }
        }
    }

    /** @return the table as CSV: a header row, then one line per row */
    public String csv() {
        StringBuilder text = new StringBuilder(Csv.row(columns)).append('\n');
        rows.forEach(row -> text.append(Csv.row(row)).append('\n'));
        return text.toString();
    }
}
