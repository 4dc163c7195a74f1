#!/usr/bin/env python3
"""Draws the About dialog's image: the six-hump camel function (the Hessian exercise's landscape)
as a shaded height map with contour lines, 250x330 pixels, written as a PNG with the standard
library only.

    python3 releng/artwork/about-image.py bundles/landscape.ui/icons/about.png
"""
import math
import struct
import sys
import zlib

WIDTH, HEIGHT = 250, 330
X_RANGE, Y_RANGE = (-2.0, 2.0), (-1.3, 1.3)
LEVELS = 14

# A dark-blue to yellow ramp, from low loss to high.
RAMP = [(13, 8, 135), (84, 2, 163), (139, 10, 165), (185, 50, 137),
        (219, 92, 104), (244, 136, 73), (254, 188, 43), (240, 249, 33)]


def camel(x, y):
    return (4 - 2.1 * x * x + x ** 4 / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y


def colour(t):
    t = min(max(t, 0.0), 1.0) * (len(RAMP) - 1)
    i = min(int(t), len(RAMP) - 2)
    f = t - i
    return tuple(round(a + (b - a) * f) for a, b in zip(RAMP[i], RAMP[i + 1]))


def main(path):
    # The image is taller than wide: y runs along the width, x down the height.
    values = [[camel(X_RANGE[0] + (X_RANGE[1] - X_RANGE[0]) * r / (HEIGHT - 1),
                     Y_RANGE[0] + (Y_RANGE[1] - Y_RANGE[0]) * c / (WIDTH - 1))
               for c in range(WIDTH)] for r in range(HEIGHT)]
    low = min(min(row) for row in values)
    # A log-like scale, so that the six valleys show and the high rim does not take all colours.
    scaled = [[math.log1p(v - low) for v in row] for row in values]
    top = max(max(row) for row in scaled)
    level = [[int(s / top * LEVELS) for s in row] for row in scaled]
    rows = []
    for r in range(HEIGHT):
        line = bytearray([0])
        for c in range(WIDTH):
            red, green, blue = colour(scaled[r][c] / top)
            edge = (r + 1 < HEIGHT and level[r + 1][c] != level[r][c]) or \
                   (c + 1 < WIDTH and level[r][c + 1] != level[r][c])
            if edge:
                red, green, blue = (round(red * 0.55), round(green * 0.55), round(blue * 0.55))
            line += bytes((red, green, blue))
        rows.append(bytes(line))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
