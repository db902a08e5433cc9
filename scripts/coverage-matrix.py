#!/usr/bin/env python3
"""Generates docs/coverage.md, the library x property coverage matrix, from the
lit tests' markers, and checks that every claimed cell is proven by a test.

A lit test proves a cell with one line near its top per cell:
    // coverage: <library> <property>
The claim counts only when that file
  - runs through %run-both and FileCheck with -implicit-check-not (so an
    unexpected finding fails the test), and is not XFAIL;
  - has at least one positive case (`// ruleid: <rule>`) and one negative case
    (`// ok: <rule>`) of a rule of that property (PROPERTY_RULES below).
Cells that the library's API cannot express are listed, with a reason, in
docs/coverage-na.yaml.

usage: coverage-matrix.py [--check] [--root DIR] [--tests DIR] [--na FILE] [--output FILE]
  (default)  writes docs/coverage.md
  --check    writes nothing; fails (exit 1) when a claimed cell is not proven,
             a marker or an n/a entry is malformed, or docs/coverage.md is stale
Either way the empty cells are printed.
"""
import argparse
import os
import re
import sys

import yaml

LIBRARIES = [
    ('openssl', 'OpenSSL'), ('boringssl', 'BoringSSL'), ('libressl', 'LibreSSL'),
    ('mbedtls', 'Mbed TLS'), ('psa', 'PSA Crypto'), ('wolfssl', 'wolfSSL'),
    ('libsodium', 'libsodium'), ('libgcrypt', 'libgcrypt'), ('gnutls', 'GnuTLS'),
    ('cryptopp', 'Crypto++'), ('botan', 'Botan'), ('cryptoapi', 'CryptoAPI'), ('cng', 'CNG'),
    ('commoncrypto', 'CommonCrypto'), ('apple-security', 'Apple Security'),
    ('objc-foundation', 'Objective-C / Foundation'),
]

PROPERTIES = [
    ('weak-primitive', 'Weak cipher, mode, hash, padding'),
    ('key-size', 'Key size'),
    ('hardcoded-key', 'Hardcoded key'),
    ('hardcoded-iv', 'Hardcoded IV, nonce, salt'),
    ('password-kdf', 'Password, KDF'),
    ('key-sources', 'Key material sources'),
    ('escrow', 'Escrow sinks, wrapping'),
    ('tls-verify', 'TLS verification'),
    ('tls-versions', 'TLS versions, suites'),
    ('randomness', 'Randomness'),
    ('rigged-parameters', 'Rigged parameters'),
    ('unchecked-verification', 'Unchecked verification'),
]

# The rules whose positive and negative cases prove a property.
PROPERTY_RULES = {
    'weak-primitive': {'backdoor-weak-cipher', 'backdoor-ecb-mode', 'backdoor-weak-hash',
                       'backdoor-rsa-without-oaep', 'backdoor-null-cipher'},
    'key-size': {'backdoor-short-key'},
    'hardcoded-key': {'backdoor-hardcoded-key', 'backdoor-known-key'},
    'hardcoded-iv': {'backdoor-hardcoded-iv'},
    'password-kdf': {'backdoor-weak-kdf', 'backdoor-magic-credential'},
    'key-sources': {'backdoor-hardcoded-key', 'backdoor-known-key', 'backdoor-predictable-random'},
    'escrow': {'backdoor-escrow-wrap', 'backdoor-key-exfiltration', 'backdoor-tls-keylog'},
    'tls-verify': {'backdoor-tls-verify-disabled', 'backdoor-trusted-identity'},
    'tls-versions': {'backdoor-weak-tls'},
    'randomness': {'backdoor-predictable-random', 'backdoor-constant-seed'},
    'rigged-parameters': {'backdoor-rigged-parameters'},
    'unchecked-verification': {'backdoor-unchecked-verification', 'backdoor-timing-unsafe-compare'},
}

SUFFIXES = ('.c', '.cpp', '.cc', '.m', '.mm', '.test')
MARKER = re.compile(r'^\s*(?://|#)\s*coverage:(.*)$')
CASE = re.compile(r'//\s*(ruleid|ok):\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)')
RUN = re.compile(r'^\s*(?://|#|;)?\s*RUN:(.*)$')


def run_lines(text):
    """The RUN commands of a lit file, continuation lines joined."""
    cmds, cur = [], None
    for line in text.splitlines():
        m = RUN.match(line)
        if not m:
            if cur is not None:
                cmds.append(cur)
                cur = None
            continue
        part = m.group(1).strip()
        cur = part if cur is None else cur + ' ' + part
        if cur.endswith('\\'):
            cur = cur[:-1]
        else:
            cmds.append(cur)
            cur = None
    if cur is not None:
        cmds.append(cur)
    return cmds


def read_tests(tests_dir, root):
    """{(library, property): [relpath]} of valid claims, and the problems."""
    libs = {l for l, _ in LIBRARIES}
    props = {p for p, _ in PROPERTIES}
    cells, problems = {}, []
    for dirpath, dirnames, filenames in os.walk(tests_dir):
        dirnames[:] = sorted(d for d in dirnames if d != 'Inputs')
        for name in sorted(filenames):
            if not name.endswith(SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
            claims = []
            for n, line in enumerate(text.splitlines(), 1):
                m = MARKER.match(line)
                if not m:
                    continue
                words = m.group(1).split()
                where = '%s:%d' % (rel, n)
                if len(words) != 2:
                    problems.append('%s: a coverage marker is "coverage: <library> <property>"' % where)
                    continue
                lib, prop = words
                if lib not in libs:
                    problems.append('%s: unknown library \'%s\'' % (where, lib))
                    continue
                if prop not in props:
                    problems.append('%s: unknown property \'%s\'' % (where, prop))
                    continue
                claims.append((where, lib, prop))
            if not claims:
                continue
            cmds = run_lines(text)
            both = any('%run-both' in c and 'FileCheck' in c and '-implicit-check-not' in c
                       for c in cmds)
            xfail = re.search(r'^\s*(?://|#)\s*XFAIL:', text, re.M) is not None
            cases = {'ruleid': set(), 'ok': set()}
            for m in CASE.finditer(text):
                cases[m.group(1)].update(r.strip() for r in m.group(2).split(','))
            for where, lib, prop in claims:
                why = []
                if not both:
                    why.append('no RUN line through %run-both and FileCheck with -implicit-check-not')
                if xfail:
                    why.append('the test is XFAIL')
                wanted = PROPERTY_RULES[prop]
                if not cases['ruleid'] & wanted:
                    why.append('no positive case ("// ruleid: <rule>") of %s' % ', '.join(sorted(wanted)))
                if not cases['ok'] & wanted:
                    why.append('no negative case ("// ok: <rule>") of %s' % ', '.join(sorted(wanted)))
                if why:
                    problems.append('%s: claims %s %s but has %s' % (where, lib, prop, '; '.join(why)))
                else:
                    files = cells.setdefault((lib, prop), [])
                    if rel not in files:
                        files.append(rel)
    return cells, problems


def read_na(path, root):
    """{(library, property): reason} of docs/coverage-na.yaml, and the problems."""
    libs = {l for l, _ in LIBRARIES}
    props = {p for p, _ in PROPERTIES}
    rel = os.path.relpath(path, root)
    if not os.path.exists(path):
        return {}, []
    try:
        with open(path, encoding='utf-8') as f:
            data = yaml.safe_load(f) or {}
    except yaml.YAMLError as e:
        return {}, ['%s: not valid YAML: %s' % (rel, str(e).replace('\n', ' '))]
    na, problems = {}, []
    if not isinstance(data, dict):
        return {}, ['%s: expected a mapping of library to {property: reason}' % rel]
    for lib, entries in data.items():
        if lib not in libs:
            problems.append('%s: unknown library \'%s\'' % (rel, lib))
            continue
        if not isinstance(entries, dict):
            problems.append('%s: %s: expected a mapping of property to reason' % (rel, lib))
            continue
        for prop, reason in entries.items():
            if prop not in props:
                problems.append('%s: %s: unknown property \'%s\'' % (rel, lib, prop))
            elif not isinstance(reason, str) or not reason.strip():
                problems.append('%s: %s %s: n/a needs a reason' % (rel, lib, prop))
            else:
                na[(lib, prop)] = ' '.join(reason.split())
    return na, problems


def render(cells, na, out_path):
    out_dir = os.path.dirname(out_path)
    lines = [
        '# Coverage matrix',
        '',
        '<!-- Generated by scripts/coverage-matrix.py from the lit tests\' `// coverage:` markers',
        '     and docs/coverage-na.yaml; do not edit. The test suite fails when it is stale. -->',
        '',
        'One row per library, one column per property. A cell links the lit tests that prove it: each',
        'runs through both front ends (`%run-both`: the clang-tidy plugin and the CLI, identical',
        'findings), fails on any unexpected finding (`-implicit-check-not`), and has at least one',
        'positive and one negative case of a rule of that property. "n/a" marks what the library\'s',
        'API cannot express (reasons below); an empty cell is a gap.',
        '',
        'The rules whose cases prove each property:',
        '',
    ] + ['- %s (`%s`): %s' % (title, p, ', '.join('`%s`' % r for r in sorted(PROPERTY_RULES[p])))
         for p, title in PROPERTIES] + ['']
    filled = sum(1 for k in cells)
    n_na = sum(1 for k in na if k not in cells)
    total = len(LIBRARIES) * len(PROPERTIES)
    lines.append('%d of %d cells proven by tests, %d not applicable, %d empty.' % (
        filled, total, n_na, total - filled - n_na))
    lines.append('')
    lines.append('| Library | ' + ' | '.join(title for _, title in PROPERTIES) + ' |')
    lines.append('|---|' + '---|' * len(PROPERTIES))
    notes = []
    for lib, title in LIBRARIES:
        row = []
        for prop, _ in PROPERTIES:
            if (lib, prop) in cells:
                links = []
                for rel in sorted(cells[(lib, prop)]):
                    links.append('[%s](%s)' % (os.path.basename(rel), _link(rel, out_dir)))
                row.append('<br>'.join(links))
            elif (lib, prop) in na:
                notes.append((lib, prop, na[(lib, prop)]))
                row.append('n/a [%d](#na-%d)' % (len(notes), len(notes)))
            else:
                row.append('')
        lines.append('| %s | %s |' % (title, ' | '.join(row)))
    if notes:
        lines += ['', '## Not applicable', '']
        for i, (lib, prop, reason) in enumerate(notes, 1):
            lines.append('- <a id="na-%d"></a>%d. %s, %s: %s' % (i, i, lib, prop, reason))
    return '\n'.join(lines) + '\n'


ROOT_FOR_LINKS = None


def _link(rel, out_dir):
    target = os.path.join(ROOT_FOR_LINKS, rel)
    return os.path.relpath(target, out_dir).replace(os.sep, '/')


def main():
    global ROOT_FOR_LINKS
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--tests', help='default: ROOT/test/lit')
    ap.add_argument('--na', help='default: ROOT/docs/coverage-na.yaml')
    ap.add_argument('--output', help='default: ROOT/docs/coverage.md')
    ap.add_argument('--check', action='store_true')
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    ROOT_FOR_LINKS = root
    tests = os.path.abspath(a.tests or os.path.join(root, 'test', 'lit'))
    na_path = os.path.abspath(a.na or os.path.join(root, 'docs', 'coverage-na.yaml'))
    out = os.path.abspath(a.output or os.path.join(root, 'docs', 'coverage.md'))

    cells, problems = read_tests(tests, root)
    na, na_problems = read_na(na_path, root)
    problems += na_problems
    for key in sorted(set(cells) & set(na)):
        problems.append('%s %s: listed as n/a in %s but proven by %s' % (
            key[0], key[1], os.path.relpath(na_path, root), ', '.join(cells[key])))
    text = render(cells, na, out)

    empty = [(l, p) for l, _ in LIBRARIES for p, _ in PROPERTIES
             if (l, p) not in cells and (l, p) not in na]
    filled = len(cells)
    n_na = sum(1 for k in na if k not in cells)
    print('coverage: %d filled, %d n/a, %d empty of %d cells' % (
        filled, n_na, len(empty), len(LIBRARIES) * len(PROPERTIES)))
    for lib, prop in empty:
        print('empty: %s %s' % (lib, prop))
    for p in problems:
        print('error: ' + p)

    if a.check:
        current = open(out, encoding='utf-8').read() if os.path.exists(out) else None
        if current != text:
            print('error: %s is stale: run scripts/coverage-matrix.py' % os.path.relpath(out, root))
            return 1
        return 1 if problems else 0
    if problems:
        return 1
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
