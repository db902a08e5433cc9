#!/usr/bin/env python3
"""Runs one test case through both front ends and insists they agree.

usage: run-both.py --clang-tidy T --plugin P --cli C [--checks GLOB]
                   [--config YAML] [--rules DIR] [--profile NAME] [--remarks]
                   [--header-filter REGEX] [--timeout S] FILE -- COMPILER-ARGS...

--header-filter REGEX reports findings in the headers whose path matches
(clang-tidy's -header-filter, the CLI's --header-filter). Without it both
report the main file's findings only: the plugin by -header-filter='^$' (clang-tidy
19's default reports no header, clang-tidy 22's every non-system one), the CLI by
--header-filter='' (its own default also reports the headers of the scanned
tree, tested through the CLI alone).

--timeout S fails the test when either front end takes longer than S seconds.
With BACKDOOR_CLI_ONLY=1 in the environment (the sanitizer build, whose CLI
cannot share a process with an unsanitized clang-tidy) only the CLI runs.

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
# With --remarks, the inventory's remarks are compared and printed too.
DIAG_REMARKS = re.compile(r'^(.*?):(\d+):(\d+): (warning|error|note|remark): (.*)$')


def diags(text, pattern=DIAG):
    out = []
    for line in text.splitlines():
        m = pattern.match(line)
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
    ap.add_argument('--timeout', type=float, default=None)
    ap.add_argument('--remarks', action='store_true', help='compare remarks too (inventory rules)')
    ap.add_argument('--profile', default=None, help='policy profile (BackdoorScanProfile, --profile)')
    ap.add_argument('--header-filter', default=None, help='report findings in headers matching REGEX')
    ap.add_argument('file')
    a = ap.parse_args(argv)

    tidy = [a.clang_tidy, '-load=' + a.plugin, '-checks=-*,' + a.checks]
    cli = [a.cli, '--no-progress', '--checks', a.checks]
    # clang-tidy takes one -config: the rule directories and the profile join the check options.
    options = [a.config] if a.config else []
    if a.profile:
        options.append('BackdoorScanProfile: "%s"' % a.profile)
        cli += ['--profile', a.profile]
    if a.rules:
        options.append('BackdoorScanRules: "%s"' % a.rules)
        cli += ['--rules', a.rules]
    if options:
        tidy.append('-config={CheckOptions: {%s}}' % ', '.join(options))
    # clang-tidy 19 reports no header by default, clang-tidy 22 every
    # non-system header: name the filter so both mean the same ('^$' matches
    # no file).
    tidy.append('-header-filter=' + (a.header_filter or '^$'))
    cli_config = []
    cli.append('--header-filter=' + (a.header_filter or ''))
    if a.config:
        cli_config.append('CheckOptions: {%s}' % a.config)
    if cli_config:
        cli += ['--config', '{%s}' % ', '.join(cli_config)]
    tidy = tidy + [a.file, '--'] + extra
    cli_cmd = cli + [a.file, '--'] + extra

    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
        except subprocess.TimeoutExpired:
            sys.stderr.write('timed out after %s seconds: %s\n' % (a.timeout, cmd[0]))
            sys.exit(2)

    c = run(cli_cmd)
    if os.environ.get('BACKDOOR_CLI_ONLY') == '1':
        t = c
    else:
        t = run(tidy)
    if t.returncode not in (0,) and not diags(t.stdout):
        sys.stderr.write('clang-tidy failed (%d):\n%s%s' % (t.returncode, t.stdout, t.stderr))
        return 2
    if c.returncode not in (0, 1):
        sys.stderr.write('backdoor-scan failed (%d):\n%s%s' % (c.returncode, c.stdout, c.stderr))
        return 2
    pattern = DIAG_REMARKS if a.remarks else DIAG
    td, cd = diags(t.stdout, pattern), diags(c.stdout, pattern)
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
