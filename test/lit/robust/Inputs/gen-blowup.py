#!/usr/bin/env python3
"""Writes a C file whose preprocessing doubles a macro N times: 2^N tokens
in one initializer (seconds of CPU time and hundreds of megabytes for the
front end). usage: gen-blowup.py N > file.c"""
import sys

n = int(sys.argv[1])
print('#define A0 1,')
for i in range(1, n + 1):
    print('#define A%d A%d A%d' % (i, i - 1, i - 1))
print('int table[] = { A%d 0 };' % n)
