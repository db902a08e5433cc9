"""Instruction counts under valgrind's callgrind: a deterministic measure of cost.

CPU time on a shared or virtual machine drifts by up to a third within
minutes; the instructions a run executes do not. `count(cmd)` runs a command
under callgrind, following forks (a forked worker writes its own profile, the
%p in the output name) and execs (--trace-children=yes), and returns the
instructions every process executed.

A forked child inherits the profile its parent gathered up to the fork
(callgrind manual, "Forking Programs"): summed as they are, every worker of
the CLI would count the parent's catalog load again (about 0.9 G instructions
a unit). So the parent dumps its profile when it enters fork(), which also
zeroes its counters: the child starts from zero, and the parent's profile is
split into parts (PREFIX.PID.1, ...) that are all summed. Used by bench.py --instructions and
link_cost.py --instructions; callgrind is about 50 times slower than a run.
"""
import glob
import os
import subprocess
import tempfile


def instructions(d, prefix='cg.'):
    """The instructions callgrind counted in every process whose profile is in d."""
    total = 0
    for f in glob.glob(os.path.join(d, prefix + '*')):
        with open(f) as fh:
            for line in fh:
                if line.startswith(('summary:', 'totals:')):
                    total += int(line.split()[1])
                    break
    return total


def count(cmd, cwd=None, keep=None, prefix='cg.'):
    """Runs cmd under callgrind; returns (exit code, instructions of every process).

    keep: a directory to leave the profiles in (for callgrind_annotate), else a
    temporary one. prefix names the profiles (prefix + pid) within it.
    """
    def run(d):
        r = subprocess.run(['valgrind', '--tool=callgrind', '--trace-children=yes',
                            '--dump-before=fork', '--dump-before=__libc_fork',
                            '--callgrind-out-file=' + os.path.join(os.path.abspath(d), prefix + '%p')] + cmd,
                           cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return r.returncode, instructions(d, prefix)
    if keep:
        os.makedirs(keep, exist_ok=True)
        return run(keep)
    with tempfile.TemporaryDirectory(prefix='bs-cg-') as tmp:
        return run(tmp)
