#!/usr/bin/env python3
"""Writes the CHECK-MESSAGES lines of a rule test from the tool's output, and
refuses when the output disagrees with the test's own expectations.

usage: update-checks.py BUILD_DIR TEST_FILE [-- extra compiler args]

Expectations are Semgrep-style markers written by hand: `// ruleid: <rule>` on
the line above a line that must fire, `// ok: <rule>` above one that must not.
The script runs both front ends (run-both.py), checks that the warnings fall
exactly on the ruleid lines (rule ids included), then rewrites the file's
CHECK-MESSAGES lines (warnings and their notes) so that the lit test pins the
exact messages. It never invents expectations: a mismatch is an error. The test file is
replaced only when the run succeeds (the tool runs on a stripped copy beside
it, and the result is renamed over it).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))


def main():
    build, test = sys.argv[1], os.path.abspath(sys.argv[2])
    extra = sys.argv[sys.argv.index('--') + 1:] if '--' in sys.argv else []
    lines = [l for l in open(test).read().split('\n') if not l.strip().startswith('// CHECK-MESSAGES:')]
    checks = re.search(r'RUN: %run-both (--checks=\S+)', lines[0])
    # The stripped text runs from a copy beside the test (same directory, so
    # relative includes resolve alike); the test itself is untouched until the end.
    fd, work = tempfile.mkstemp(prefix='.update-', suffix=os.path.splitext(test)[1],
                                dir=os.path.dirname(test))
    with os.fdopen(fd, 'w') as f:
        f.write('\n'.join(lines))
    try:
        return update(build, test, work, lines, checks, extra)
    finally:
        if os.path.exists(work):
            os.unlink(work)


def update(build, test, work, lines, checks, extra):
    major = open(os.path.join(build, 'CMakeCache.txt')).read()
    major = re.search(r'BACKDOOR_LLVM_MAJOR:STRING=(\d+)', major).group(1)
    cmd = [sys.executable, os.path.join(HERE, 'run-both.py'),
           '--clang-tidy', '/usr/lib/llvm-%s/bin/clang-tidy' % major,
           '--plugin', os.path.join(build, 'lib/backdoor-scan/backdoor-scan-plugin.so'),
           '--cli', os.path.join(build, 'bin/backdoor-scan')] + ([checks.group(1)] if checks else []) + [work, '--',
           ] + (['-isystem', os.path.join(SRC, 'test/mock/include')] if '%mock' in lines[0] + lines[1] + lines[2] + lines[3] + lines[4] else []) + extra
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('run-both failed:\n' + (r.stdout + r.stderr).replace(work, test))
    diags = []
    for l in r.stdout.splitlines():
        m = re.match(r'^(.*?):(\d+):(\d+): (warning|note): (.*)$', l)
        if m:
            path = test if os.path.abspath(m.group(1)) == work else m.group(1)
            diags.append((path, int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)))
    # Expected: rule ids marked above each line.
    expected = {}
    for i, l in enumerate(lines, 1):
        m = re.search(r'ruleid: ([a-z0-9-]+(?:, *[a-z0-9-]+)*)', l)
        if m:
            for rule in m.group(1).split(','):
                expected.setdefault(i + 1, []).append(rule.strip())
    got = {}
    for d in diags:
        if d[3] == 'warning' and os.path.abspath(d[0]) == test:
            rule = re.search(r'\[([a-z0-9-]+)\]$', d[4]).group(1)
            got.setdefault(d[1], []).append(rule)
    bad = False
    for line in sorted(set(expected) | set(got)):
        if sorted(expected.get(line, [])) != sorted(got.get(line, [])):
            print('%s:%d: expected %s, got %s\n    %s' % (test, line, expected.get(line, []),
                  got.get(line, []), lines[line - 1].strip()))
            bad = True
    if bad:
        sys.exit(1)
    # Group warnings with their notes, insert after the warning's line.
    blocks, cur = {}, None
    for d in diags:
        if d[3] == 'warning':
            cur = d[1]
            blocks.setdefault(cur, []).append(d)
        elif cur is not None:
            blocks[cur].append(d)
    out = []
    for i, l in enumerate(lines, 1):
        out.append(l)
        for d in blocks.get(i, []):
            indent = re.match(r'\s*', l).group(0)
            if os.path.abspath(d[0]) != test:
                continue
            # Line references relative to this CHECK line's own position.
            pos = len(out) + 1
            target = d[1] + sum(len([x for x in blocks.get(j, []) if os.path.abspath(x[0]) == test]) for j in blocks if j < d[1])
            off = target - pos
            ref = '[[@LINE%+d]]' % off if off else '[[@LINE]]'
            msg = d[4].replace('[[', '{{\\[\\[}}')
            out.append('%s// CHECK-MESSAGES: :%s:%d: %s: %s' % (indent, ref, d[2], d[3], msg))
    with open(work, 'w') as f:
        f.write('\n'.join(out))
    os.replace(work, test)
    print('%s: %d warnings, %d notes' % (os.path.basename(test),
          sum(1 for d in diags if d[3] == 'warning'), sum(1 for d in diags if d[3] == 'note')))


if __name__ == '__main__':
    main()
