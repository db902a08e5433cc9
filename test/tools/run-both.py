#!/usr/bin/env python3
"""Runs one test case through both front ends and insists they agree.

usage: run-both.py --clang-tidy T --plugin P --cli C [--checks GLOB]
                   [--config YAML] [--rules DIR] FILE -- COMPILER-ARGS...

Runs `T -load=P` and `C` on FILE, extracts every `file:line:col: level: message`
line from each, and fails if the two lists differ. On agreement prints the
clang-tidy lines so FileCheck can check them (the clazy model: every test
case runs through every front end).
"""
import argparse
import os
import re
import subprocess
import sys

DIAG = re.compile(r'^(.*?):(\d+):(\d+): (warning|error|note): (.*)$')


def diags(text):
    out = []
    for line in text.splitlines():
        m = DIAG.match(line)
        if m:
            path = os.path.normpath(os.path.abspath(m.group(1)))
            out.append((path, int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)))
    return out


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        i = argv.index('--')
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument('--clang-tidy', required=True)
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--cli', required=True)
    ap.add_argument('--checks', default='backdoor-*')
    ap.add_argument('--config', default=None, help='clang-tidy CheckOptions as YAML/JSON')
    ap.add_argument('--rules', default=None)
    ap.add_argument('file')
    a = ap.parse_args(argv)

    tidy = [a.clang_tidy, '-load=' + a.plugin, '-checks=-*,' + a.checks]
    cli = [a.cli, '--no-progress', '--checks', a.checks]
    # clang-tidy takes one -config: the rule directories join the check options.
    options = [a.config] if a.config else []
    if a.rules:
        options.append('BackdoorScanRules: "%s"' % a.rules)
        cli += ['--rules', a.rules]
    if options:
        tidy.append('-config={CheckOptions: {%s}}' % ', '.join(options))
    if a.config:
        cli += ['--config', '{CheckOptions: {%s}}' % a.config]
    tidy = tidy + [a.file, '--'] + extra
    cli_cmd = cli + [a.file, '--'] + extra

    t = subprocess.run(tidy, capture_output=True, text=True)
    c = subprocess.run(cli_cmd, capture_output=True, text=True)
    if t.returncode not in (0,) and not diags(t.stdout):
        sys.stderr.write('clang-tidy failed (%d):\n%s%s' % (t.returncode, t.stdout, t.stderr))
        return 2
    if c.returncode not in (0, 1):
        sys.stderr.write('backdoor-scan failed (%d):\n%s%s' % (c.returncode, c.stdout, c.stderr))
        return 2
    td, cd = diags(t.stdout), diags(c.stdout)
    if td != cd:
        sys.stderr.write('the plugin and the CLI disagree\n--- clang-tidy plugin\n')
        for d in td:
            sys.stderr.write('%s:%d:%d: %s: %s\n' % d)
        sys.stderr.write('--- backdoor-scan\n')
        for d in cd:
            sys.stderr.write('%s:%d:%d: %s: %s\n' % d)
        return 1
    if (c.returncode == 1) != any(d[3] == 'warning' for d in cd):
        sys.stderr.write('backdoor-scan exit code %d does not match its findings\n' % c.returncode)
        return 1
    for d in td:
        print('%s:%d:%d: %s: %s' % d)
    return 0


if __name__ == '__main__':
    sys.exit(main())
