#!/usr/bin/env python3
"""The cost of whole-program linking (docs/whole-program.md).

usage: bench/link_cost.py -p BUILD_DIR [--tool build/19/bin/backdoor-scan] [-j N] [--runs 3]
                          [--source-root DIR] [--config CONFIG] [--instructions]

Scans the compile database with the link step (workers export facts, the CLI
links them) and without (--no-link), and prints the CPU time of each (the
median of --runs, user+system of the workers), their ratio, the size of the
exported facts, and the time `merge` takes to read and link them alone (a
shard report of the whole database carries every unit's facts).

CPU time on a shared or virtual machine varies by several per cent from run
to run, as much as the cost measured. With --instructions it also counts the
instructions both scans execute (valgrind's callgrind, every process; about
50 times slower, one run each): a deterministic ratio.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import callgrind  # noqa: E402


def cpu_of(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode not in (0, 1, 2):  # 2: a unit's tool error; the others count
        sys.stderr.write(r.stderr)
        raise SystemExit('link_cost: the scan failed (exit %d)' % r.returncode)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-p', required=True)
    ap.add_argument('--tool', default=os.path.join(SRC, 'build', '19', 'bin', 'backdoor-scan'))
    ap.add_argument('-j', default='2')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--config', default=None)
    ap.add_argument('--instructions', action='store_true',
                    help='also count instructions under valgrind (deterministic, slow)')
    ap.add_argument('--source-root', default=None,
                    help='the scanned tree, when the database (a filtered copy) lies elsewhere')
    a = ap.parse_args()
    base = [a.tool, '-p', a.p, '--no-cache', '--no-progress', '-j', a.j, '--format', 'json']
    if a.config:
        base += ['--config', a.config]
    if a.source_root:
        base += ['--source-root', a.source_root]
    with tempfile.TemporaryDirectory(prefix='bs-link-') as tmp:
        out = os.path.join(tmp, 'out.json')
        linked, unlinked = [], []
        for _ in range(a.runs):  # interleaved: load changes hit both alike
            linked.append(cpu_of(base + ['-o', out]))
            unlinked.append(cpu_of(base + ['--no-link', '-o', out]))
        shard = os.path.join(tmp, 'shard.json')
        cpu_of(base + ['--shard', '1/1', '-o', shard])
        facts = json.load(open(shard)).get('facts', [])
        size = len(json.dumps(facts))
        t0 = time.perf_counter()
        r = subprocess.run([a.tool, 'merge', '--link-stats', '--format', 'json', '-o',
                            os.path.join(tmp, 'm.json'), shard], capture_output=True, text=True)
        merge_s = time.perf_counter() - t0
        link_line = [l for l in r.stderr.splitlines() if 'link step:' in l]
    l, u = statistics.median(linked), statistics.median(unlinked)
    print('units: %d, facts: %.1f KiB (%.2f KiB per unit), queries: %d' % (
        len(facts), size / 1024.0, size / 1024.0 / max(1, len(facts)),
        sum(len(f.get('queries', [])) for f in facts)))
    print('scan CPU with link %.2fs, without %.2fs: ratio %.3f (median of %d)' % (l, u, l / u, a.runs))
    print('merge (read + link all facts): %.3fs wall' % merge_s)
    if link_line:  # the link step alone, as the tool times it
        print(link_line[0].split('backdoor-scan: ', 1)[-1])
    if a.instructions:
        counts = []
        for extra in ([], ['--no-link']):
            with tempfile.TemporaryDirectory(prefix='bs-ir-') as tmp:
                counts.append(callgrind.count(base + ['-o', os.path.join(tmp, 'out.json')] + extra)[1])
        print('instructions with link %.2fG, without %.2fG: ratio %.4f' % (
            counts[0] / 1e9, counts[1] / 1e9, counts[0] / max(1, counts[1])))


if __name__ == '__main__':
    main()
