#!/usr/bin/env python3
"""Every rule of the catalog has its doc page, its tests (positive and
negative, Semgrep-style markers) and an up-to-date docs index; fails otherwise.

usage: check-rule-assets.py SOURCE_ROOT RULES_JSON INDEX_MARKDOWN
(RULES_JSON from `backdoor-scan --list-rules --format json`, INDEX_MARKDOWN from
`--list-rules --format markdown`.)
"""
import glob
import json
import os
import re
import sys


def main():
    src, rules_json, index = sys.argv[1:4]
    rules = json.load(open(rules_json))
    problems = []
    tests = {}
    for path in glob.glob(os.path.join(src, 'test', 'lit', 'rules', '*')):
        text = open(path).read()
        for kind in ('ruleid', 'ok'):
            for m in re.finditer(kind + r': ([a-z0-9-]+(?:, *[a-z0-9-]+)*)', text):
                for r in m.group(1).split(','):
                    tests.setdefault(r.strip(), set()).add(kind)
    for r in rules:
        rid = r['id']
        doc = os.path.join(src, 'docs', 'rules', rid + '.md')
        if not os.path.exists(doc):
            problems.append('%s: no doc page %s' % (rid, os.path.relpath(doc, src)))
        elif not open(doc).read().startswith('# ' + rid):
            problems.append('%s: doc page does not start with "# %s"' % (rid, rid))
        if not glob.glob(os.path.join(src, 'test', 'lit', 'rules', rid + '.*')):
            problems.append('%s: no test file test/lit/rules/%s.*' % (rid, rid))
        for kind in ('ruleid', 'ok'):
            if kind not in tests.get(rid, set()):
                problems.append('%s: no %s test case ("// %s: %s")' % (
                    rid, 'positive' if kind == 'ruleid' else 'negative', kind, rid))
    current = open(os.path.join(src, 'docs', 'rules', 'README.md')).read()
    if current != open(index).read():
        problems.append('docs/rules/README.md is stale: run scripts/gen-docs-index.sh')
    for p in problems:
        print('error: ' + p)
    if problems:
        return 1
    print('%d rules: docs, positive and negative tests present' % len(rules))
    return 0


if __name__ == '__main__':
    sys.exit(main())
