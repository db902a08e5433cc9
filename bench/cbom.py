#!/usr/bin/env python3
"""What the CBOM costs: the same scan with and without `--format cyclonedx`.

usage: bench/cbom.py --tool build/19/bin/backdoor-scan --db DIR [--runs N]
                     [--scan-arg=ARG ...]

Runs `backdoor-scan -p DIR --no-cache -j1` alternately as a plain scan
(`--format json`) and as a CBOM run (`--format cyclonedx`, which adds the
inventory rule), N times each, and reports the median CPU time (user + system
of the workers, which is what the inventory adds; wall time on a shared
machine is noisier) and wall time of each, and the overhead. --scan-arg passes
an option to both scans (`--scan-arg=--source-root=/src` for a compile
database kept outside the sources it names).
"""
import argparse
import os
import resource
import statistics
import subprocess
import time


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool', required=True)
    ap.add_argument('--db', required=True)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--scan-arg', action='append', default=[])
    a = ap.parse_args()
    base = [a.tool, '-p', a.db, '--no-cache', '-j1', '--no-progress', '-o', os.devnull] + a.scan_arg
    modes = {'scan': base + ['--format', 'json'], 'cbom': base + ['--format', 'cyclonedx']}
    res = {m: [] for m in modes}
    run(modes['scan'])  # warm the file cache
    for _ in range(a.runs):
        for m, cmd in modes.items():
            res[m].append(run(cmd))
    med = {m: (statistics.median(c for c, _ in r), statistics.median(w for _, w in r))
           for m, r in res.items()}
    for m in modes:
        print('%-5s cpu %.2f s  wall %.2f s  (median of %d)' % (m, med[m][0], med[m][1], a.runs))
    print('overhead: cpu %+.1f %%, wall %+.1f %%' % (
        100 * (med['cbom'][0] / med['scan'][0] - 1), 100 * (med['cbom'][1] / med['scan'][1] - 1)))


if __name__ == '__main__':
    main()
