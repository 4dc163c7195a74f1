/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Losses and metrics: mean squared error, cross-entropy from logits with a float64 log-sum-exp,
 * and accuracy.
 */
package landscape.core.loss;
