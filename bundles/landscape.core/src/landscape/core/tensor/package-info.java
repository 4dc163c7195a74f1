/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Immutable n-dimensional tensors of float64 or float32 elements: a plain-Java fast path for
 * small tensors and Nd4j for large ones, behind one type that takes part in differentiation.
 */
package landscape.core.tensor;
