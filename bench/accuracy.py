#!/usr/bin/env python3
"""Recall and precision per rule and per family on the development corpus.

usage: bench/accuracy.py [--tool build/19/bin/backdoor-scan] [--corpus test/corpus]
                         [--min-recall R] [--min-precision P] [--family-targets]
                         [--details] [--json OUT]

The corpus (test/corpus/) holds small programs written blind from the rule
documentation, one directory each: every .c/.cc/.cpp/.m/.mm file is a
translation unit compiled with the directory's compile_flags.txt (clang's
format, one flag a line, relative to the directory). Semgrep-style markers on
their own line name what the next line must (`// ruleid: R`) or must not
(`// ok: R`) report; a finding on a line without a ruleid marker for its rule
is a false positive.

The whole corpus is scanned through one compile database, as a user's build
would be, so cross-unit findings count. Prints a table per rule and per family;
with --min-recall/--min-precision exits 1 when a family (or, without
--family-targets, a rule) falls below a target.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
UNIT_EXT = ('.c', '.cc', '.cpp', '.cxx', '.m', '.mm')
MARKER = re.compile(r'//\s*(ruleid|ok):\s*(backdoor-[a-z0-9-]+(?:\s*,\s*backdoor-[a-z0-9-]+)*)')


def compile_db(corpus):
    db = []
    for prog in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, prog)
        if not os.path.isdir(d):
            continue
        flags = []
        ff = os.path.join(d, 'compile_flags.txt')
        if os.path.exists(ff):
            flags = [l.strip() for l in open(ff) if l.strip() and not l.startswith('#')]
        for root, _, files in os.walk(d):
            for f in sorted(files):
                if not f.endswith(UNIT_EXT):
                    continue
                path = os.path.join(root, f)
                cxx = f.endswith(('.cc', '.cpp', '.cxx', '.mm'))
                compiler = '/usr/bin/clang++' if cxx else '/usr/bin/clang'
                db.append({'directory': d, 'file': path,
                           'arguments': [compiler] + flags + ['-c', path]})
    return db


def markers(corpus):
    """{(file, line): {'ruleid': set(rules), 'ok': set(rules)}} for the line after each marker."""
    out = collections.defaultdict(lambda: {'ruleid': set(), 'ok': set()})
    for root, _, files in os.walk(corpus):
        for f in files:
            if not f.endswith(UNIT_EXT + ('.h', '.hpp', '.hh', '.inc')):
                continue
            path = os.path.join(root, f)
            lines = open(path, errors='replace').read().split('\n')
            for i, l in enumerate(lines):
                m = MARKER.search(l)
                if not m:
                    continue
                # The marked line is the next line that is not itself a marker or blank.
                j = i + 1
                while j < len(lines) and (MARKER.search(lines[j]) or not lines[j].strip()):
                    j += 1
                for r in m.group(2).split(','):
                    out[(os.path.realpath(path), j + 1)][m.group(1)].add(r.strip())
    return out


def index_libraries(corpus):
    """{program directory: library} from the `*-INDEX.md` lines: the text after the language up
    to the first ' (' or ' — ' of a list line `- `dir/` — N TUs — LANG; LIBRARY — ...`, or the
    libraries column of a table row."""
    out = {}
    for f in sorted(os.listdir(corpus)):
        if not f.endswith('INDEX.md'):
            continue
        for l in open(os.path.join(corpus, f)):
            m = re.match(r'-\s*`([^`/]+)/?`\s*—[^—]*—\s*[^;]*;\s*(.*?)\s*—', l)
            if m:
                out[m.group(1)] = re.split(r'\s*\(', m.group(2))[0].strip()
                continue
            m = re.match(r'\|\s*`?([^`|/]+)/?`?\s*\|[^|]*\|[^|]*\|\s*([^|]*?)\s*\|', l)
            if m and not m.group(1).strip().startswith(('program', '-')):
                out[m.group(1).strip()] = re.split(r'\s*\(', m.group(2))[0].strip()
    return out


def family_of(tool):
    rules = json.loads(subprocess.run([tool, '--list-rules', '--format', 'json'],
                                      capture_output=True, text=True, check=True).stdout)
    return {r['id']: r['family'] for r in rules}


def ignored_paths(corpus):
    """The tool's default IgnoredPaths, its directory part anchored below
    the corpus root (a YAML single-quoted scalar)."""
    root = re.escape(corpus.rstrip('/'))
    pat = ('^' + root + '/(.*/)?(tests|unittests|testdata|test-data|testing|fuzz|fuzzers|fuzzing)/|'
           '(_test|_tests|_unittest|-test)\\.(c|cc|cpp|cxx|m|mm)$')
    return pat.replace("'", "''")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', default=os.path.join(SRC, 'build', '19', 'bin', 'backdoor-scan'))
    ap.add_argument('--corpus', default=os.path.join(SRC, 'test', 'corpus'))
    ap.add_argument('--min-recall', type=float, default=None)
    ap.add_argument('--min-precision', type=float, default=None)
    ap.add_argument('--family-targets', action='store_true',
                    help='apply the targets per family (default: per rule)')
    ap.add_argument('--details', action='store_true', help='list every miss and false finding')
    ap.add_argument('--json', default=None, help='also write the numbers as JSON')
    ap.add_argument('--floor', default=None,
                    help='JSON {family: {recall, precision}}: exit 1 when a family drops below it')
    ap.add_argument('-j', default=None)
    ap.add_argument('--only', default=None, metavar='PREFIX',
                    help='score only the programs whose directory starts with PREFIX (the whole '
                         'corpus is still scanned, so cross-unit findings are unchanged)')
    ap.add_argument('--by-library', action='store_true',
                    help='also print a table per library, as named on the program\'s *-INDEX.md line')
    a = ap.parse_args()

    corpus = os.path.realpath(a.corpus)
    fam = family_of(a.tool)
    with tempfile.TemporaryDirectory(prefix='bs-accuracy-') as tmp:
        with open(os.path.join(tmp, 'compile_commands.json'), 'w') as f:
            json.dump(compile_db(corpus), f, indent=1)
        cmd = [a.tool, '-p', tmp, '--no-cache', '--no-progress', '--format', 'json',
               '-o', os.path.join(tmp, 'out.json'),
               # The corpus is the scanned tree: its headers' findings count, wherever this runs.
               '--source-root', corpus,
               # The default IgnoredPaths (checks/BackdoorCheck.cpp's
               # DefaultIgnoredPaths: test and fuzzing directories, *_test.c
               # files), applied below the corpus root only: the corpus is
               # test data by where it lives, its programs' own test files
               # are what users' are.
               '--config', '{CheckOptions: {%s}}' % ', '.join(
                   "%s.IgnoredPaths: '%s'" % (r, ignored_paths(corpus)) for r in sorted(fam))]
        if a.j:
            cmd += ['-j', a.j]
        r = subprocess.run(cmd, capture_output=True, text=True)
        out = os.path.join(tmp, 'out.json')
        if r.returncode not in (0, 1, 2) or not os.path.exists(out):
            sys.stderr.write(r.stdout + r.stderr)
            sys.stderr.write('accuracy: the scan failed (exit %d)\n' % r.returncode)
            return 2
        report = json.load(open(out))
    # A unit the tool could not analyse is scored as it is (its markers count
    # as misses) and fails the run: the corpus must parse.
    tool_errors = report.get('errors', [])
    for e in tool_errors:
        sys.stderr.write('accuracy: tool error: %s: %s\n' % (e.get('file'), e.get('message')))
        for d in e.get('details', [])[:5]:
            sys.stderr.write('    %s\n' % d)

    expect = markers(corpus)

    def program_of(path):
        return os.path.relpath(path, corpus).split(os.sep)[0]

    if a.only:
        expect = {k: v for k, v in expect.items() if program_of(k[0]).startswith(a.only)}
    found = collections.defaultdict(set)  # (file, line) -> rules
    for f in report.get('findings', []):
        path = os.path.realpath(f['file'])
        if not path.startswith(corpus + os.sep):
            continue
        if a.only and not program_of(path).startswith(a.only):
            continue
        found[(path, f['line'])].add(f['rule'])

    stats = collections.defaultdict(lambda: collections.Counter())
    libstats = collections.defaultdict(lambda: collections.Counter())
    libs = index_libraries(corpus)
    misses, falses = [], []
    for key, m in expect.items():
        lib = libs.get(program_of(key[0]), '?')
        for rule in m['ruleid']:
            if rule in found.get(key, set()):
                stats[rule]['tp'] += 1
                libstats[lib]['tp'] += 1
            else:
                stats[rule]['fn'] += 1
                libstats[lib]['fn'] += 1
                misses.append((key, rule))
        for rule in m['ok']:
            stats[rule]['ok'] += 1
            libstats[lib]['ok'] += 1
    for key, rules in found.items():
        for rule in rules:
            if rule not in expect.get(key, {'ruleid': set()})['ruleid']:
                stats[rule]['fp'] += 1
                libstats[libs.get(program_of(key[0]), '?')]['fp'] += 1
                falses.append((key, rule, 'ok-marked' if rule in expect.get(key, {'ok': set()})['ok']
                               else 'unmarked'))

    def ratio(n, d):
        return n / d if d else 1.0

    def row(name, c):
        rec, prec = ratio(c['tp'], c['tp'] + c['fn']), ratio(c['tp'], c['tp'] + c['fp'])
        return name, c['tp'], c['fn'], c['fp'], c['ok'], rec, prec

    rows = [row(r, stats[r]) for r in sorted(stats)]
    fams = collections.defaultdict(collections.Counter)
    for r, c in stats.items():
        fams[fam.get(r, '?')].update(c)
    frows = [row(f, fams[f]) for f in sorted(fams)]
    total = collections.Counter()
    for c in stats.values():
        total.update(c)

    hdr = '%-34s %5s %5s %5s %5s %8s %10s' % ('rule', 'tp', 'fn', 'fp', 'ok', 'recall', 'precision')
    print('development corpus: %d programs, %d translation units, %d findings' % (
        len([d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d))]),
        report.get('files_scanned', 0) or len(compile_db(corpus)), len(report.get('findings', []))))
    print(hdr)
    for x in rows:
        print('%-34s %5d %5d %5d %5d %8.3f %10.3f' % x)
    print('\n' + hdr.replace('rule', 'family', 1))
    for x in frows:
        print('%-34s %5d %5d %5d %5d %8.3f %10.3f' % x)
    t = row('all', total)
    print('%-34s %5d %5d %5d %5d %8.3f %10.3f' % t)
    if a.by_library:
        print('\n' + hdr.replace('rule', 'library', 1))
        for lib in sorted(libstats):
            print('%-34s %5d %5d %5d %5d %8.3f %10.3f' % row(lib[:34], libstats[lib]))

    if a.details:
        print('\nmissed (ruleid without a finding):')
        for (path, line), rule in sorted(misses):
            print('  %s:%d: %s' % (os.path.relpath(path, corpus), line, rule))
        print('\nfalse (a finding without a ruleid marker):')
        for (path, line), rule, why in sorted(falses):
            print('  %s:%d: %s (%s)' % (os.path.relpath(path, corpus), line, rule, why))
    if a.json:
        with open(a.json, 'w') as f:
            json.dump({'rules': {x[0]: dict(zip(('tp', 'fn', 'fp', 'ok', 'recall', 'precision'), x[1:]))
                                 for x in rows},
                       'families': {x[0]: dict(zip(('tp', 'fn', 'fp', 'ok', 'recall', 'precision'), x[1:]))
                                    for x in frows}}, f, indent=1)

    failed = []
    for x in (frows if a.family_targets else rows):
        if a.min_recall is not None and x[5] < a.min_recall:
            failed.append('%s recall %.3f < %.2f' % (x[0], x[5], a.min_recall))
        if a.min_precision is not None and x[6] < a.min_precision:
            failed.append('%s precision %.3f < %.2f' % (x[0], x[6], a.min_precision))
    if a.floor:
        floor = json.load(open(a.floor))
        got = {x[0]: x for x in frows}
        for f, want in sorted(floor.items()):
            x = got.get(f)
            if x is None:
                failed.append('%s: no markers scored' % f)
                continue
            if x[5] < want['recall'] - 1e-9:
                failed.append('%s recall %.3f < floor %.3f' % (f, x[5], want['recall']))
            if x[6] < want['precision'] - 1e-9:
                failed.append('%s precision %.3f < floor %.3f' % (f, x[6], want['precision']))
    for f in failed:
        print('below target: ' + f)
    if tool_errors:
        print('%d tool errors' % len(tool_errors))
        return 2
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
