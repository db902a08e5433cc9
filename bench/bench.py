#!/usr/bin/env python3
"""Speed and memory of backdoor-scan against the compiler's own parse cost.

usage: bench.py --tool BACKDOOR_SCAN --clang CLANG --db DIR_WITH_COMPILE_COMMANDS [--plugin P --clang-tidy T]
                [--instructions [--keep-profiles DIR]]

For the same compile commands it measures, with each unit's cache warm:
  parse  clang -fsyntax-only per unit (the cost of parsing)
  scan   backdoor-scan -j 1 with every rule
  tidy   clang-tidy with the plugin, -checks='-*,backdoor-*' (when given)
CPU time is user+sys of all child processes (getrusage), peak memory the
largest child's maximum resident set. Prints a table and the ratios; it
times, it does not assert: the targets live in the issue, not in CI.

With --instructions it instead counts the instructions the parse stage and the
scan stage (-j 1) execute under valgrind's callgrind, every process (the
CLI's forked workers included; bench/callgrind.py), once each, and prints
their ratio: deterministic where CPU time drifts, about 50 times slower.
--keep-profiles DIR leaves the profiles there (parse.PID, scan.PID) for
callgrind_annotate.
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import callgrind  # noqa: E402


def run(cmd, cwd=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    # Exit 2 is a tool error (an invalid catalog, a crash): its timing means nothing.
    if r.returncode == 2 and 'backdoor-scan' in os.path.basename(cmd[0]):
        sys.exit('bench: %s failed (exit 2):\n%s' % (' '.join(cmd[:3]), r.stderr.decode(errors='replace')[-2000:]))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return r.returncode, wall, cpu


def peak_rss_kib(cmd, cwd=None):
    """Peak RSS of the largest process of a command tree (KiB), via a fresh child."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
            "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, '-c', code] + cmd, cwd=cwd, capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def syntax_only(entry, clang):
    args = entry.get('arguments') or shlex.split(entry['command'])
    out = [clang]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ('-c',):
            continue
        if a == '-o':
            skip = True
            continue
        out.append(a)
    out.append('-fsyntax-only')
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', required=True)
    ap.add_argument('--clang', required=True)
    ap.add_argument('--db', required=True)
    ap.add_argument('--plugin')
    ap.add_argument('--clang-tidy')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--sample', type=int, default=0, help='use every k-th unit so that N remain')
    ap.add_argument('--project', default=None, help='print one table row for this project')
    ap.add_argument('--header', action='store_true', help='print the table header and exit')
    ap.add_argument('--instructions', action='store_true',
                    help='count instructions of parse and scan under callgrind instead (deterministic, slow)')
    ap.add_argument('--keep-profiles', default=None,
                    help='with --instructions: leave the callgrind profiles in this directory')
    a = ap.parse_args()
    if a.header:
        print('| project | files | lines | parse cpu s | scan cpu s | ratio | plugin cpu s | lines/s (scan) | -j2/-j1 wall | peak MiB (parse/scan) | findings | cold scan s | cached re-scan s | speed-up |')
        print('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
        return
    db = json.load(open(os.path.join(a.db, 'compile_commands.json')))
    seen, uniq = set(), []
    for e in db:  # bear records a unit once per build variant
        if e['file'] not in seen:
            seen.add(e['file'])
            uniq.append(e)
    # Every stage must see the same commands: the parse stage runs one per
    # unit, and the scan and clang-tidy run every command of a unit they
    # scan, so they get a database that holds exactly the measured ones.
    trimmed = len(uniq) < len(db)
    db = uniq
    if a.sample and len(db) > a.sample:
        step = len(db) / a.sample
        db = [db[int(i * step)] for i in range(a.sample)]
        trimmed = True
    if trimmed:
        sub = os.path.join(a.db, 'sample')
        os.makedirs(sub, exist_ok=True)
        json.dump(db, open(os.path.join(sub, 'compile_commands.json'), 'w'))
        a.db = sub
    files = [e['file'] for e in db]
    lines = sum(sum(1 for _ in open(os.path.join(e['directory'], e['file']), errors='replace')) for e in db)

    def parse_all():
        tot_wall = tot_cpu = 0.0
        for e in db:
            _, w, c = run(syntax_only(e, a.clang), cwd=e['directory'])
            tot_wall += w
            tot_cpu += c
        return tot_wall, tot_cpu

    scan_cmd = [a.tool, '-p', a.db, '-j', '1', '--no-progress', '--no-cache', '--checks', 'backdoor-*']
    if a.instructions:
        instruction_ratio(a, db, lines, scan_cmd)
        return
    scan2_cmd = [a.tool, '-p', a.db, '-j', '2', '--no-progress', '--no-cache', '--checks', 'backdoor-*']
    tidy_cmd = None
    if a.plugin and a.clang_tidy:
        # Each file once: clang-tidy runs every compile command of a file it is given.
        tidy_cmd = [a.clang_tidy, '-load=' + a.plugin, "-checks=-*,backdoor-*", '-p', a.db,
                    '--quiet'] + list(dict.fromkeys(files))

    parse_all()  # warm the file cache
    run(scan_cmd)
    # The machine's speed drifts (shared, throttled CPUs): a ratio of two
    # minima taken minutes apart measures the drift. Each repeat measures the
    # stages back to back, alternating their order, and the ratios are the
    # median of the per-repeat ratios.
    stages = [('parse', parse_all), ('scan', lambda: run(scan_cmd)[1:]),
              ('scan-j2', lambda: run(scan2_cmd)[1:]),
              ('tidy', (lambda: run(tidy_cmd)[1:]) if tidy_cmd else None)]
    runs = {}
    for r in range(a.repeat):
        order = stages if r % 2 == 0 else [stages[1], stages[0], stages[2], stages[3]]
        for name, fn in order:
            if fn is None:
                continue
            runs.setdefault(name, []).append(fn())
    best = {name: (min(w for w, _ in v), min(c for _, c in v)) for name, v in runs.items()}

    def paired(num, den, idx):
        ratios = sorted(n[idx] / d[idx] for n, d in zip(runs[num], runs[den]) if d[idx])
        return ratios[len(ratios) // 2] if ratios else 0

    biggest = max(db, key=lambda e: os.path.getsize(os.path.join(e['directory'], e['file'])))
    mem_parse = max(peak_rss_kib(syntax_only(e, a.clang), cwd=e['directory']) for e in db)
    mem_scan = peak_rss_kib(scan_cmd)

    # The result cache: a cold scan into an empty cache, then an unchanged re-scan.
    import tempfile
    cache = tempfile.mkdtemp(prefix='bds-bench-cache-')
    cold_cmd = [a.tool, '-p', a.db, '-j', '2', '--no-progress', '--cache-dir', cache]
    _, cold_wall, _ = run(cold_cmd)
    _, warm_wall, _ = run(cold_cmd)
    r = subprocess.run(scan_cmd, capture_output=True, text=True)
    findings = sum(1 for l in r.stdout.splitlines() if ': warning: ' in l)
    if a.project:
        p, s2 = best['parse'], best['scan']
        tidy = ('%.2f' % best['tidy'][1]) if 'tidy' in best else '-'
        print('| %s | %d | %d | %.2f | %.2f | %.3f | %s | %.0f | %.3f | %.0f / %.0f | %d | %.2f | %.2f | %.1fx |' % (
            a.project, len(db), lines, p[1], s2[1], paired('scan', 'parse', 1), tidy,
            lines / s2[1] if s2[1] else 0, paired('scan-j2', 'scan', 0),
            mem_parse / 1024, mem_scan / 1024, findings, cold_wall, warm_wall,
            cold_wall / warm_wall if warm_wall else 0))
        return
    print('%-10s %6s %8s %10s %10s %10s' % ('stage', 'files', 'lines', 'wall s', 'cpu s', 'lines/s'))
    for name in ('parse', 'scan', 'scan-j2', 'tidy'):
        if name in best:
            w, c = best[name]
            print('%-10s %6d %8d %10.3f %10.3f %10.0f' % (name, len(db), lines, w, c, lines / c if c else 0))
    p, s = best['parse'], best['scan']
    print()
    print('ratios: the median of %d back-to-back runs (the ratio of the minima in brackets)' % a.repeat)
    print('cpu ratio scan/parse (-j 1):       %.3f   (target <= 1.10)  [%.3f]'
          % (paired('scan', 'parse', 1), s[1] / p[1]))
    print('wall ratio scan -j 2 / scan -j 1:  %.3f   (target <= 0.60)  [%.3f]'
          % (paired('scan-j2', 'scan', 0), best['scan-j2'][0] / s[0]))
    if 'tidy' in best:
        print('cpu ratio clang-tidy plugin/parse: %.3f                    [%.3f]'
              % (paired('tidy', 'parse', 1), best['tidy'][1] / p[1]))
    print('peak memory parse %.1f MiB, scan %.1f MiB, ratio %.3f   (target <= 1.20)'
          % (mem_parse / 1024, mem_scan / 1024, mem_scan / mem_parse if mem_parse else 0))
    print('result cache: cold scan %.2f s, unchanged re-scan %.2f s (%.1fx faster; target >= 10x)'
          % (cold_wall, warm_wall, cold_wall / warm_wall if warm_wall else 0))


def instruction_ratio(a, db, lines, scan_cmd):
    """Instructions of the parse stage and of the scan (-j 1), every process, once each."""
    if a.keep_profiles:
        for f in os.listdir(a.keep_profiles) if os.path.isdir(a.keep_profiles) else []:
            if f.startswith(('parse.', 'scan.')):
                os.remove(os.path.join(a.keep_profiles, f))
    parse = 0
    for e in db:
        parse += callgrind.count(syntax_only(e, a.clang), cwd=e['directory'], keep=a.keep_profiles,
                                 prefix='parse.')[1]
    if a.keep_profiles:  # the per-unit counts accumulate in one directory
        parse = callgrind.instructions(a.keep_profiles, 'parse.')
    # No CPU limit: under callgrind a unit runs about 50 times longer.
    code, scan = callgrind.count(scan_cmd + ['--unit-timeout', '0', '--unit-memory', '0'],
                                 keep=a.keep_profiles, prefix='scan.')
    if code == 2:
        sys.exit('bench: the scan failed under callgrind (exit 2)')
    print('%-10s %6s %8s %16s' % ('stage', 'files', 'lines', 'instructions'))
    print('%-10s %6d %8d %16d' % ('parse', len(db), lines, parse))
    print('%-10s %6d %8d %16d' % ('scan', len(db), lines, scan))
    print()
    print('instruction ratio scan/parse (-j 1): %.3f   (target <= 1.10)' % (scan / parse if parse else 0))


if __name__ == '__main__':
    main()
