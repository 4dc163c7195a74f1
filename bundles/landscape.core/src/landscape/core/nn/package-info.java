/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Building blocks of small neural networks (affine layers, embeddings, multi-layer perceptrons),
 * seeded initialisation and flattening of parameters to one vector.
 */
package landscape.core.nn;
