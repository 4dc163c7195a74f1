/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.twoparam;

/**
 * An expression that does not parse. The message starts with the 1-based column of the problem
 * and says what was expected there, for example "column 7: expected ')' after the argument of sin".
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    ExpressionSyntaxException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
    }

    /** @return the 1-based column of the text at which the problem was found */
    public int column() {
        return column;
    }
}
