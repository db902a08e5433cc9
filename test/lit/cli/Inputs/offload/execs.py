"""execs.py TRACE: the programs a `strace -f -e trace=execve` trace shows
started (successfully), by name, sorted."""
import os
import re
import sys

names = set()
for line in open(sys.argv[1]):
    m = re.search(r'execve\("([^"]*)".*= 0$', line.strip())
    if m:
        names.add(os.path.basename(m.group(1)))
print('programs run:', ' '.join(sorted(names)))
