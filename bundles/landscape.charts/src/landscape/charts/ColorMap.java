/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.charts;

import java.util.Objects;

import org.eclipse.swt.graphics.RGB;

/**
 * A continuous colour map: colours at evenly spaced control points from 0 to 1, linearly
 * interpolated in between. {@link #VIRIDIS} is perceptually uniform with increasing lightness, so
 * it reads in grey-scale print and for the common forms of colour blindness.
 */
public final class ColorMap {

    /**
     * Viridis (van der Walt and Smith, the default colour map of matplotlib since 2.0) sampled at
     * nine evenly spaced points; nine points keep the interpolation within a few levels of the
     * full 256-entry table.
     */
    public static final ColorMap VIRIDIS = new ColorMap("viridis", new int[] { 0x440154, 0x472D7B, 0x3B528B,
            0x2C728E, 0x21908C, 0x27AD81, 0x5DC863, 0xAADC32, 0xFDE725 });

    /** The colour of a grid cell without a value (NaN): a neutral grey that viridis never reaches. */
    public static final RGB NO_DATA = new RGB(0xC8, 0xC8, 0xC8);

    private final String name;

    private final int[] controlPoints;

    /**
     * A colour map through {@code controlPoints} (0xRRGGBB), the first at 0 and the last at 1,
     * evenly spaced.
     */
    public ColorMap(String name, int[] controlPoints) {
        Objects.requireNonNull(name, "colour map name");
        Objects.requireNonNull(controlPoints, "colour map control points");
        if (controlPoints.length < 2) {
            throw new IllegalArgumentException("colour map '" + name + "' has " + controlPoints.length
                    + " control points; expected at least 2");
        }
        this.name = name;
        this.controlPoints = controlPoints.clone();
    }

    /** The name, for legends and file metadata. */
    public String name() {
        return name;
    }

    /**
     * The colour at {@code fraction}, clamped to [0, 1]; {@link #NO_DATA} when the fraction is NaN.
     */
    public RGB color(double fraction) {
        if (Double.isNaN(fraction)) {
            return NO_DATA;
        }
        int packed = packed(fraction);
        return new RGB(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
    }

    /** The colour at {@code fraction} as 0xRRGGBB, clamped to [0, 1]; NaN gives {@link #NO_DATA}. */
    public int packed(double fraction) {
        if (Double.isNaN(fraction)) {
            return NO_DATA.red << 16 | NO_DATA.green << 8 | NO_DATA.blue;
        }
        double position = Math.clamp(fraction, 0.0, 1.0) * (controlPoints.length - 1);
        int lower = Math.min((int) Math.floor(position), controlPoints.length - 2);
        double t = position - lower;
        int from = controlPoints[lower];
        int to = controlPoints[lower + 1];
        return channel(from, to, t, 16) << 16 | channel(from, to, t, 8) << 8 | channel(from, to, t, 0);
    }

    /**
     * The relative luminance of a colour (WCAG 2 definition: sRGB linearised, weights 0.2126,
     * 0.7152, 0.0722), from 0 for black to 1 for white.
     */
    public static double luminance(RGB color) {
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue);
    }

    @Override
    public String toString() {
        return "ColorMap[" + name + "]";
    }

    private static int channel(int from, int to, double t, int shift) {
        int a = from >> shift & 0xFF;
        int b = to >> shift & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }

    private static double linear(int channel) {
        // sRGB transfer function, IEC 61966-2-1.
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
