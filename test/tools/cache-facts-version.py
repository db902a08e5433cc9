#!/usr/bin/env python3
"""Rewrites every entry of a result cache as an older tool would have left it:
its facts (docs/whole-program.md) get another format version, and the entry's
integrity check is computed again, so the entry itself stays valid.

usage: cache-facts-version.py CACHE_DIR VERSION
"""
import glob
import hashlib
import json
import os
import sys

FORMAT = 'backdoor-scan-cache/2'  # tool/Cache.cpp EntryFormat


def printed(v):
    # llvm::json prints objects with sorted keys and no spaces.
    return json.dumps(v, sort_keys=True, separators=(',', ':'), ensure_ascii=False)


def main():
    root, version = sys.argv[1], int(sys.argv[2])
    n = 0
    for path in glob.glob(os.path.join(root, '*', '*.json')):
        e = json.load(open(path, encoding='utf-8'))
        p = e['payload']
        check = hashlib.sha256((FORMAT + '\n' + e['key'] + '\n' + printed(p)).encode()).hexdigest()
        if check != e['check']:
            sys.exit('%s: the integrity check does not print the same here' % path)
        if 'facts' not in p:
            continue
        p['facts']['version'] = version
        e['check'] = hashlib.sha256((FORMAT + '\n' + e['key'] + '\n' + printed(p)).encode()).hexdigest()
        with open(path, 'w', encoding='utf-8') as f:
            f.write(printed(e))
        n += 1
    print('%d entries rewritten' % n)


if __name__ == '__main__':
    main()
