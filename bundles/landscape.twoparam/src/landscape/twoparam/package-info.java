/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Losses of exactly two parameters (w1, w2) for the landscape exercises: small models fitted to
 * generated teacher data, and any function of x and y typed as an expression. Each loss is a
 * core tensor function, so gradients and Hessians are exact, and each evaluates a whole grid of
 * parameters without recording a graph. The shared parameter declarations keep the exercises'
 * files alike.
 */
package landscape.twoparam;
