/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Joins the segments of marching squares into lines. Each segment links two grid edges and each
 * edge belongs to at most two segments, so the segments form simple paths and loops: paths are
 * walked from an edge with one segment, loops from whatever is left.
 */
final class SegmentChains {

    private final Map<Integer, List<int[]>> segmentsByEdge;

    private final IntFunction<double[]> pointOfEdge;

    private final double level;

    private final Set<int[]> used = new HashSet<>();

    SegmentChains(Map<Integer, List<int[]>> segmentsByEdge, IntFunction<double[]> pointOfEdge, double level) {
        this.segmentsByEdge = segmentsByEdge;
        this.pointOfEdge = pointOfEdge;
        this.level = level;
    }

    /** All lines: first the open paths, then the loops. */
    List<Contour> join() {
        List<Contour> lines = new ArrayList<>();
        for (Map.Entry<Integer, List<int[]>> entry : segmentsByEdge.entrySet()) {
            if (entry.getValue().size() == 1 && !used.contains(entry.getValue().get(0))) {
                lines.add(walk(entry.getKey(), false));
            }
        }

        for (Map.Entry<Integer, List<int[]>> entry : segmentsByEdge.entrySet()) {
            for (int[] segment : entry.getValue()) {
                if (!used.contains(segment)) {
                    lines.add(walk(entry.getKey(), true));
                }
            }
        }
        return lines;
    }

    private Contour walk(int start, boolean closed) {
        List<Integer> edges = new ArrayList<>();
        edges.add(start);
        int edge = start;
        Optional<int[]> next = unusedSegment(edge);
        while (next.isPresent()) {
            int[] segment = next.get();
            used.add(segment);
            edge = segment[0] == edge ? segment[1] : segment[0];
            edges.add(edge);
            next = unusedSegment(edge);
        }

        double[] x = new double[edges.size()];
        double[] y = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            double[] point = pointOfEdge.apply(edges.get(i));
            x[i] = point[0];
            y[i] = point[1];
        }
        return new Contour(level, x, y, closed && edge == start);
    }

    private Optional<int[]> unusedSegment(int edge) {
        return segmentsByEdge.get(edge).stream().filter(segment -> !used.contains(segment)).findFirst();
    }
}
