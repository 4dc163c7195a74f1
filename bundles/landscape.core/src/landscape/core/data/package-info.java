/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Seeded random streams, dataset splits and cross-validation folds, and the data sets of the
 * lessons: noisy sine, modular arithmetic tables and two moons.
 */
package landscape.core.data;
