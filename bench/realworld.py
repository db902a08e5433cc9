#!/usr/bin/env python3
"""Rescans the reviewed real-world corpus and checks every finding against its verdict.

  bench/corpus.sh all                       # fetch and build the corpus once (slow)
  bench/realworld.py                        # rescan every package, compare with the verdicts
  bench/realworld.py nginx sudo             # only these packages
  bench/realworld.py --no-scan              # reuse the last scan (bench/.cache/<p>/findings.json)
  bench/realworld.py --unjudged-yaml FILE   # also write verdict skeletons for unjudged findings
  bench/realworld.py --write-docs           # regenerate the tables of docs/real-world.md

The verdicts are bench/verdicts.yaml (hand-written, one entry per finding). An entry matches a
finding of the same package, path (relative to the package's source directory) and rule when
its `match` text occurs in the finding's source line or message and its `line` is within
`SLACK` lines (so a verdict survives small shifts of the code and of the scanner's anchor);
without `match`, the line must be equal. Prints per-package counts, every finding that is
judged false or not judged yet, verdict entries that match nothing (stale), and ends with
"N false, M unjudged". Exit status 1 when N or M is not zero. Not part of CI: the packages
take long to fetch and build.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, 'bench', '.cache')
VERDICTS = os.path.join(ROOT, 'bench', 'verdicts.yaml')
STATS = os.path.join(ROOT, 'bench', 'realworld-packages.json')
DOC = os.path.join(ROOT, 'docs', 'real-world.md')
SLACK = 40
VERDICT_KINDS = ('true', 'false', 'debatable')


def load_verdicts(path=VERDICTS):
    with open(path) as f:
        data = yaml.safe_load(f) or {}
    packages = data.get('packages') or {}
    entries = data.get('findings') or []
    for i, e in enumerate(entries):
        for key in ('package', 'path', 'line', 'rule', 'verdict', 'reason'):
            if key not in e:
                sys.exit(f'{path}: entry {i + 1} ({e.get("package")} {e.get("path")}) has no {key}')
        e['verdict'] = str(e['verdict']).lower()
        if e['verdict'] not in VERDICT_KINDS:
            sys.exit(f'{path}: entry {i + 1}: verdict must be one of {", ".join(VERDICT_KINDS)}')
    return packages, entries


def source_dir(pkg):
    d = os.path.join(CACHE, pkg)
    subs = sorted(s for s in os.listdir(d) if os.path.isdir(os.path.join(d, s)))
    return os.path.join(d, subs[0]) if subs else d


def rel(pkg, path):
    src = source_dir(pkg)
    path = os.path.normpath(path)
    if path.startswith(src + os.sep):
        return path[len(src) + 1:]
    return path


def count_lines(files):
    n = 0
    for f in files:
        try:
            with open(f, 'rb') as h:
                n += h.read().count(b'\n')
        except OSError:
            pass
    return n


def size(pkg):
    """Units and lines of the main files of a package's database."""
    with open(os.path.join(CACHE, pkg, 'compile_commands.json')) as f:
        units = json.load(f)
    files = sorted({os.path.normpath(os.path.join(u['directory'], u['file'])) for u in units})
    return {'units': len(files), 'lines': count_lines(files)}


def scan(pkg, tool, jobs):
    d = os.path.join(CACHE, pkg)
    cdb = os.path.join(d, 'compile_commands.json')
    if not os.path.isfile(cdb):
        print(f'== {pkg}: not built (bash bench/corpus.sh {pkg})', file=sys.stderr)
        return None
    out = os.path.join(d, 'findings.json')
    cmd = [tool, '-p', d, '-j', str(jobs), '--format=json', '-o', out, '--no-progress', '--no-cache',
           '--source-root', source_dir(pkg)]
    start = time.time()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    took = time.time() - start
    if r.returncode not in (0, 1):
        print(f'== {pkg}: backdoor-scan exited {r.returncode}: {r.stderr.strip()[-500:]}',
              file=sys.stderr)
    return dict(size(pkg), scan_seconds=round(took, 1))


def load_findings(pkg):
    out = os.path.join(CACHE, pkg, 'findings.json')
    if not os.path.isfile(out):
        return None, []
    with open(out) as f:
        report = json.load(f)
    findings = []
    for x in report.get('findings', []):
        x = dict(x)
        x['path'] = rel(pkg, x['file'])
        findings.append(x)
    errors = report.get('errors', [])
    return findings, errors


def match(findings, entries, pkg):
    """Returns [(finding, entry or None)] and the entries of pkg that matched nothing."""
    mine = [e for e in entries if e['package'] == pkg]
    used = set()
    out = []
    for x in findings:
        best, best_d = None, None
        text = (x.get('source') or '') + '\n' + (x.get('message') or '')
        for i, e in enumerate(mine):
            if e['path'] != x['path'] or e['rule'] != x['rule']:
                continue
            d = abs(int(e['line']) - int(x['line']))
            if e.get('match'):
                if str(e['match']) not in text or d > SLACK:
                    continue
            elif d != 0:
                continue
            # Prefer an unused entry, then the nearest line.
            key = (i in used, d)
            if best is None or key < best_d:
                best, best_d = i, key
        if best is not None:
            used.add(best)
        out.append((x, mine[best] if best is not None else None))
    stale = [e for i, e in enumerate(mine) if i not in used]
    return out, stale


def skeleton(x, pkg):
    src = (x.get('source') or '').strip()
    return {'package': pkg, 'path': x['path'], 'line': x['line'], 'rule': x['rule'],
            'match': src[:60], 'verdict': 'TODO', 'reason': x.get('message', '')}


def write_docs(packages, entries, stats):
    """Rewrites the generated part of docs/real-world.md from the verdicts and the last scan."""
    begin, end = '<!-- generated from bench/verdicts.yaml by bench/realworld.py --write-docs -->', \
        '<!-- end of generated part -->'
    with open(DOC) as f:
        doc = f.read()
    if begin not in doc or end not in doc:
        sys.exit(f'{DOC}: the markers of the generated part are missing')
    lines = [begin, '']
    lines.append('| package | kind | version | units | lines (main files) | scan `-j 2` (s) | '
                 'findings | true | debatable | false |')
    lines.append('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    by_pkg = collections.defaultdict(list)
    for e in entries:
        by_pkg[e['package']].append(e)
    tot = collections.Counter()
    for pkg, meta in packages.items():
        meta = meta or {}
        es = by_pkg.get(pkg, [])
        c = collections.Counter(e['verdict'] for e in es)
        st = stats.get(pkg, {})
        if 'units' not in st and os.path.isfile(os.path.join(CACHE, pkg, 'compile_commands.json')):
            st = size(pkg)
        tot.update(c)
        tot['findings'] += len(es)
        tot['units'] += st.get('units', 0)
        tot['lines'] += st.get('lines', 0)
        secs = st.get('scan_seconds')
        tot['seconds'] += secs or 0
        lines.append(f"| {pkg} | {meta.get('kind', '')} | {meta.get('version', '')} | "
                     f"{st.get('units', '?')} | {st.get('lines', 0):,} | "
                     f"{'?' if secs is None else round(secs)} | {len(es)} | "
                     f"{c['true']} | {c['debatable']} | {c['false']} |")
    lines.append(f"| **all** | | | {tot['units']} | {tot['lines']:,} | {round(tot['seconds'])} | "
                 f"{tot['findings']} | {tot['true']} | {tot['debatable']} | {tot['false']} |")
    lines.append('')
    rules = collections.Counter((e['rule'], e['verdict']) for e in entries)
    lines.append('Per rule:')
    lines.append('')
    lines.append('| rule | true | debatable | false |')
    lines.append('| --- | --- | --- | --- |')
    for rule in sorted({r for r, _ in rules}):
        lines.append(f"| {rule} | {rules[(rule, 'true')]} | {rules[(rule, 'debatable')]} | "
                     f"{rules[(rule, 'false')]} |")
    lines.append('')
    lines.append('## Findings and verdicts')
    lines.append('')
    lines.append('| package | location | rule | verdict | reason |')
    lines.append('| --- | --- | --- | --- | --- |')
    order = {p: i for i, p in enumerate(packages)}
    for e in sorted(entries, key=lambda e: (order.get(e['package'], 99), e['verdict'] != 'false',
                                            e['path'], int(e['line']), e['rule'])):
        what = f" `{e['match']}`" if e.get('match') else ''
        reason = str(e['reason']).replace('|', '\\|').replace('\n', ' ')
        what = what.replace('|', '\\|')
        lines.append(f"| {e['package']} | {e['path']}:{e['line']}{what} | {e['rule']} | "
                     f"{e['verdict']} | {reason} |")
    lines.append('')
    lines.append(end)
    doc = doc[:doc.index(begin)] + '\n'.join(lines) + doc[doc.index(end) + len(end):]
    with open(DOC, 'w') as f:
        f.write(doc)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('packages', nargs='*', help='packages (default: all of bench/verdicts.yaml)')
    ap.add_argument('--tool', default=os.path.join(ROOT, 'build', '19', 'bin', 'backdoor-scan'))
    ap.add_argument('-j', '--jobs', type=int, default=2)
    ap.add_argument('--no-scan', action='store_true', help='reuse the last scan of each package')
    ap.add_argument('--unjudged-yaml', help='write verdict skeletons of unjudged findings here')
    ap.add_argument('--write-docs', action='store_true',
                    help='regenerate the generated part of docs/real-world.md')
    ap.add_argument('--verbose', '-v', action='store_true', help='list every finding')
    args = ap.parse_args()

    packages, entries = load_verdicts()
    pkgs = args.packages or list(packages)
    stats = {}
    if os.path.isfile(STATS):
        with open(STATS) as f:
            stats = json.load(f)

    if args.write_docs and args.no_scan and not args.packages:
        write_docs(packages, entries, stats)

    n_false = n_unjudged = n_stale = 0
    skeletons = []
    per_rule = collections.Counter()
    for pkg in pkgs:
        if not args.no_scan:
            st = scan(pkg, args.tool, args.jobs)
            if st is not None:
                stats[pkg] = st
        findings, errors = load_findings(pkg)
        if findings is None:
            print(f'{pkg}: no scan')
            continue
        pairs, stale = match(findings, entries, pkg)
        c = collections.Counter(e['verdict'] if e else 'unjudged' for _, e in pairs)
        st = stats.get(pkg, {})
        print(f"{pkg}: {len(findings)} findings ({c['true']} true, {c['debatable']} debatable, "
              f"{c['false']} false, {c['unjudged']} unjudged), {len(errors)} unit errors, "
              f"{st.get('units', '?')} units, {st.get('scan_seconds', '?')} s")
        for x, e in pairs:
            per_rule[(x['rule'], e['verdict'] if e else 'unjudged')] += 1
            if e is None or e['verdict'] == 'false' or args.verbose:
                tag = e['verdict'] if e else 'UNJUDGED'
                print(f"  {tag:9} {x['path']}:{x['line']} {x['rule']}: {x['message']}")
            if e is None:
                skeletons.append(skeleton(x, pkg))
        for e in stale:
            print(f"  stale     {e['path']}:{e['line']} {e['rule']}: no finding matches this verdict")
        n_false += c['false']
        n_unjudged += c['unjudged']
        n_stale += len(stale)

    print('per rule:')
    for rule in sorted({r for r, _ in per_rule}):
        parts = ', '.join(f'{per_rule[(rule, v)]} {v}' for v in VERDICT_KINDS + ('unjudged',)
                          if per_rule[(rule, v)])
        print(f'  {rule}: {parts}')
    if not args.no_scan:
        # Merge with the file as it is now: another run may have updated other packages.
        merged = {}
        if os.path.isfile(STATS):
            with open(STATS) as f:
                merged = json.load(f)
        merged.update({p: stats[p] for p in pkgs if p in stats})
        stats = merged
        with open(STATS, 'w') as f:
            json.dump(stats, f, indent=1, sort_keys=True)
            f.write('\n')
    if args.unjudged_yaml:
        with open(args.unjudged_yaml, 'w') as f:
            yaml.safe_dump(skeletons, f, sort_keys=False, width=200, allow_unicode=True)
    if args.write_docs and not (args.no_scan and not args.packages):
        write_docs(packages, entries, stats)
    if n_stale:
        print(f'{n_stale} stale verdicts')
    print(f'{n_false} false, {n_unjudged} unjudged')
    return 1 if n_false or n_unjudged else 0


if __name__ == '__main__':
    sys.exit(main())
