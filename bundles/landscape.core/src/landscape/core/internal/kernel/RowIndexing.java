/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.internal.kernel;

/** Row gathering and its adjoint, scatter-adding, on row-major plain arrays. */
public final class RowIndexing {

    private RowIndexing() {
    }

    /** Rows {@code indices} of {@code x}, a {@code [rows, width]} array, as an {@code [indices.length, width]} one. */
    public static double[] gather(double[] x, int rows, int width, int[] indices) {
        double[] out = new double[indices.length * width];
        for (int r = 0; r < indices.length; r++) {
            int source = checkedRow(indices, r, rows);
            System.arraycopy(x, source * width, out, r * width, width);
        }
        return out;
    }

    /**
     * A {@code [rows, width]} array whose row {@code j} is the sum of the rows {@code r} of {@code g}
     * with {@code indices[r] == j}.
     */
    public static double[] scatterAdd(double[] g, int rows, int width, int[] indices) {
        double[] out = new double[rows * width];
        for (int r = 0; r < indices.length; r++) {
            int target = checkedRow(indices, r, rows) * width;
            int source = r * width;
            for (int c = 0; c < width; c++) {
                out[target + c] += g[source + c];
            }
        }
        return out;
    }

    private static int checkedRow(int[] indices, int r, int rows) {
        int row = indices[r];
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException(
                    "indices[" + r + "] = " + row + "; expected 0 <= index < " + rows);
        }
        return row;
    }
}
