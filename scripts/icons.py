#!/usr/bin/env python3
"""Draws the install icons in static/app-icons/ (the favicon's design: three white
lines on #1d3557) with the standard library only. Run from the repository root:
python3 scripts/icons.py. The PNGs are committed; rerun only to change the design."""
import struct
import zlib

BG = (0x1D, 0x35, 0x57)
FG = (0xFF, 0xFF, 0xFF)
# The favicon's 32-unit grid: lines at y = 9, 16, 23 from x = 8 to 24 (the last to 18),
# 3 units thick with round caps, on a square with 6-unit corners.
LINES = [(8, 24, 9), (8, 24, 16), (8, 18, 23)]


def coverage(u, v, radius, inset, scale):
    """1 where the point (u, v) on the 32-unit grid is white, 0 where background, None
    outside the rounded square."""
    gu, gv = (u - inset) / scale, (v - inset) / scale
    if radius:
        cx = min(max(u, radius), 32 - radius)
        cy = min(max(v, radius), 32 - radius)
        if (u - cx) ** 2 + (v - cy) ** 2 > radius**2:
            return None
    for x0, x1, y in LINES:
        px = min(max(gu, x0), x1)
        if (gu - px) ** 2 + (gv - y) ** 2 <= 1.5**2:
            return 1
    return 0


def draw(size, maskable):
    # A maskable icon is cropped to a circle of 80 % of its width by some systems: no
    # rounded corners, and the lines drawn smaller around the centre.
    radius, scale = (0, 0.62) if maskable else (6, 1.0)
    inset = 16 - 16 * scale
    n = 4  # 4 x 4 samples a pixel
    # An indexed PNG (a palette of at most 16 x 16 mixes of the two colours and of
    # coverage): a third of the size of true colour, and Chromium fetches the 192 px icon
    # on the first visit.
    palette, rows = {}, []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            inside = white = 0
            for sy in range(n):
                for sx in range(n):
                    u = (x + (sx + 0.5) / n) * 32 / size
                    v = (y + (sy + 0.5) / n) * 32 / size
                    c = coverage(u, v, radius, inset, scale)
                    if c is not None:
                        inside += 1
                        white += c
            key = (round(15 * white / inside) if inside else 0, round(15 * inside / n / n))
            row.append(palette.setdefault(key, len(palette)))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    plte, trns = bytearray(), bytearray()
    for (t, a), _ in sorted(palette.items(), key=lambda kv: kv[1]):
        plte += bytes(round(BG[i] + (FG[i] - BG[i]) * t / 15) for i in range(3))
        trns.append(round(255 * a / 15))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"PLTE", bytes(plte))
        + chunk(b"tRNS", bytes(trns))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("maskable-512.png", 512, True)]:
    with open(f"static/app-icons/{name}", "wb") as f:
        f.write(draw(size, maskable))
    print("wrote", name)
