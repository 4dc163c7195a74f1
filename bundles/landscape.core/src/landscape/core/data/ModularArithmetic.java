/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.core.data;

import java.math.BigInteger;

/**
 * Tables of {@code a op b mod p} for a prime {@code p}, the data of grokking experiments. Division
 * is multiplication by the modular inverse, {@code b^(p - 2) mod p} by Fermat's little theorem,
 * and the table leaves out {@code b = 0}.
 */
public final class ModularArithmetic {

    /** The binary operation of the table. */
    public enum Operation {
        ADD, SUBTRACT, MULTIPLY, DIVIDE;

        int apply(int a, int b, int p) {
            return switch (this) {
                case ADD -> (a + b) % p;
                case SUBTRACT -> Math.floorMod(a - b, p);
                case MULTIPLY -> (int) ((long) a * b % p);
                case DIVIDE -> (int) ((long) a * inverse(b, p) % p);
            };
        }
    }

    /** Every pair {@code (left[i], right[i])} with its {@code result[i]}, in row-major order of {@code (a, b)}. */
    public record Table(int modulus, int[] left, int[] right, int[] result) {

        public int size() {
            return result.length;
        }

        /** The rows at {@code indices}, for train and validation sets. */
        public Table rows(int[] indices) {
            int[] l = new int[indices.length];
            int[] r = new int[indices.length];
            int[] y = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                l[i] = left[indices[i]];
                r[i] = right[indices[i]];
                y[i] = result[indices[i]];
            }
            return new Table(modulus, l, r, y);
        }
    }

    private ModularArithmetic() {
    }

    /** The full table of {@code a op b mod p} for {@code 0 <= a, b < p}. */
    public static Table table(int p, Operation op) {
        if (p < 2 || !BigInteger.valueOf(p).isProbablePrime(64)) {
            throw new IllegalArgumentException("p = " + p + "; expected a prime modulus");
        }

        int firstRight = op == Operation.DIVIDE ? 1 : 0;
        int n = p * (p - firstRight);
        int[] left = new int[n];
        int[] right = new int[n];
        int[] result = new int[n];
        int i = 0;
        for (int a = 0; a < p; a++) {
            for (int b = firstRight; b < p; b++) {
                left[i] = a;
                right[i] = b;
                result[i] = op.apply(a, b, p);
                i++;
            }
        }
        return new Table(p, left, right, result);
    }

    /** The inverse of {@code b} modulo the prime {@code p}, for {@code b} not divisible by {@code p}. */
    public static int inverse(int b, int p) {
        if (Math.floorMod(b, p) == 0) {
            throw new ArithmeticException(
                    "b = " + b + " has no inverse modulo " + p + "; expected b not divisible by p");
        }
        return BigInteger.valueOf(Math.floorMod(b, p)).modPow(BigInteger.valueOf(p - 2L), BigInteger.valueOf(p))
                .intValueExact();
    }
}
