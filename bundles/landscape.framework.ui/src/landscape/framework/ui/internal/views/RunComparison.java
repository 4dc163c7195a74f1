/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.ui.internal.views;

import java.util.List;

import landscape.framework.results.Results;
import landscape.framework.results.Series;
import landscape.framework.runs.StoredRun;

/** Puts the series of several runs side by side, each renamed after its run. */
final class RunComparison {

    private RunComparison() {
    }

    /** @return results holding every series of every run that is not drawn on a grid */
    static Results overlay(List<StoredRun> runs) {
        Results overlay = new Results();
        for (StoredRun run : runs) {
            String prefix = run.folder().getParent().getFileName() + "-" + run.folder().getFileName() + ".";
            for (Series series : run.results().series()) {
                if (series.attributes().containsKey(Series.PLOT_ON)) {
                    continue;
                }
                Series copy = overlay.series(prefix + series.name(), series.columns().toArray(String[]::new));
                double[][] columns = series.snapshot();
                for (int row = 0; row < columns[0].length; row++) {
                    double[] values = new double[columns.length];
                    for (int c = 0; c < columns.length; c++) {
                        values[c] = columns[c][row];
                    }
                    copy.append(values);
                }
            }
        }
        return overlay;
    }
}
