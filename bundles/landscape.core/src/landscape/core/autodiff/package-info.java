/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Reverse-mode automatic differentiation over recorded operations: gradients, exact
 * Hessian-vector products and Hessians, and the scope that turns recording off.
 */
package landscape.core.autodiff;
