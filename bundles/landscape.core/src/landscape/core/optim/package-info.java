/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * First-order optimisers (SGD with momentum and Nesterov, Adam, AdamW) and learning-rate
 * schedules, each following PyTorch's published update rules.
 */
package landscape.core.optim;
