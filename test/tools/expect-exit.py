#!/usr/bin/env python3
"""usage: expect-exit.py CODE COMMAND...  — runs COMMAND, passes its output
through, and succeeds only if it exits with exactly CODE (lit's `not` cannot
tell exit 1, findings, from exit 2, errors)."""
import subprocess
import sys

want = int(sys.argv[1])
r = subprocess.run(sys.argv[2:])
if r.returncode != want:
    sys.stderr.write('expect-exit: %s exited %d, expected %d\n' % (sys.argv[2], r.returncode, want))
    sys.exit(1)
