#!/usr/bin/env python3
"""Counts the pixels of given colours in a PNG (a headless Chromium screenshot).

usage: png-colors.py FILE.png RRGGBB...
Prints "WIDTHxHEIGHT" and one "RRGGBB: N" line per colour. Reads 8-bit RGB or
RGBA, non-interlaced PNGs (what Chromium writes) with the standard library only.
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise SystemExit('%s: not a PNG' % path)
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise SystemExit('%s: unsupported PNG format' % path)
            bpp = 3 if ctype == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    out = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line))
        prev = line
    return w, h, bpp, out


def main():
    w, h, bpp, rows = pixels(sys.argv[1])
    print('%dx%d' % (w, h))
    for colour in sys.argv[2:]:
        rgb = bytes.fromhex(colour)
        n = sum(1 for r in rows for x in range(0, w * bpp, bpp) if r[x:x + 3] == rgb)
        print('%s: %d' % (colour, n))
    return 0


if __name__ == '__main__':
    sys.exit(main())
