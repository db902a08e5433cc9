#!/usr/bin/env python3
"""usage: interrupt-scan.py SIGNAL TMPDIR COMMAND...

Runs COMMAND with TMPDIR as its temporary directory, waits until a scan
worker has started (its private directory holds a worker's stderr file),
sends SIGNAL to the scan, and prints how it ended and what it left in
TMPDIR, then its standard error."""
import glob
import os
import signal
import subprocess
import sys
import time

sig = getattr(signal, sys.argv[1])
tmp = sys.argv[2]
env = dict(os.environ, TMPDIR=tmp)
p = subprocess.Popen(sys.argv[3:], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
deadline = time.time() + 120
while not glob.glob(os.path.join(tmp, "backdoor-scan-*", "*.err")):
    if p.poll() is not None or time.time() > deadline:
        print("the scan ended before it was interrupted")
        sys.exit(1)
    time.sleep(0.02)
time.sleep(0.3)
p.send_signal(sig)
_, err = p.communicate(timeout=120)
print("exit", p.returncode)
print("left in TMPDIR:", sorted(os.listdir(tmp)))
sys.stdout.write(err.decode(errors="replace"))
