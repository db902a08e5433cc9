#!/usr/bin/env python3
"""Every rule of the catalog has its doc page, its tests (positive and
negative, Semgrep-style markers) and an up-to-date docs index, and is found by
its name or its family's name, spelled one way: a line of the registry
(lib/catalog/Rules.def) with the catalog's family, the family's YAML file
rules/<family>.yaml, analysis folder lib/analysis/<family>/ and check
checks/<Check>.cpp; fails otherwise.

usage: check-rule-assets.py SOURCE_ROOT RULES_JSON INDEX_MARKDOWN
(RULES_JSON from `backdoor-scan --list-rules --format json`, INDEX_MARKDOWN from
`--list-rules --format markdown`.)
"""
import glob
import json
import os
import re
import sys


REGISTRY = re.compile(r'^BACKDOOR_RULE\((\w+), "([a-z0-9-]+)", "([a-z0-9-]+)", (\w+)\)', re.M)
FAMILY = re.compile(r'^BACKDOOR_FAMILY\("([a-z0-9-]+)", (\w+)\)', re.M)


def camel(name):
    return ''.join(w[:1].upper() + w[1:] for w in name.split('-'))


def layout_problems(src, rules):
    """The registry against the catalog and the tree."""
    problems = []
    registry_text = open(os.path.join(src, 'lib', 'catalog', 'Rules.def')).read()
    registry = {rid: (const, fam, check) for const, rid, fam, check in REGISTRY.findall(registry_text)}
    for fam, check in FAMILY.findall(registry_text):
        if check != camel(fam) + 'Check':
            problems.append('family %s: its check is named %s, not %sCheck' % (fam, check, camel(fam)))
    catalog = {r['id']: r for r in rules}
    for rid in sorted(set(registry) - set(catalog)):
        problems.append('%s: in lib/catalog/Rules.def but not in the catalog' % rid)
    for rid, r in sorted(catalog.items()):
        if rid not in registry:
            problems.append('%s: not in lib/catalog/Rules.def' % rid)
            continue
        const, fam, check = registry[rid]
        if const != camel(rid[len('backdoor-'):]):
            problems.append('%s: registry constant %s, expected %s' % (rid, const, camel(rid[len('backdoor-'):])))
        if fam != r['family']:
            problems.append('%s: family %s in the registry, %s in the catalog' % (rid, fam, r['family']))
        yaml = os.path.join(src, 'rules', fam + '.yaml')
        if not os.path.exists(yaml) or ('id: ' + rid) not in open(yaml).read():
            problems.append('%s: not defined in rules/%s.yaml' % (rid, fam))
        if not os.path.isdir(os.path.join(src, 'lib', 'analysis', fam)):
            problems.append('%s: no analysis folder lib/analysis/%s/' % (rid, fam))
        if check not in (camel(fam) + 'Check', camel(rid[len('backdoor-'):]) + 'Check'):
            problems.append('%s: check %s is named after neither the family nor the rule' % (rid, check))
        if not os.path.exists(os.path.join(src, 'checks', check + '.cpp')):
            problems.append('%s: no checks/%s.cpp' % (rid, check))
    return problems


def main():
    src, rules_json, index = sys.argv[1:4]
    rules = json.load(open(rules_json))
    problems = []
    tests = {}
    for path in glob.glob(os.path.join(src, 'test', 'lit', 'rules', '*')):
        if os.path.isdir(path):  # Inputs/: headers the tests include
            continue
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
        else:
            # The page's header line states the rule's severity and precision
            # as the catalog has them: "**Title** · severity high (7.5) · precision high · CWE-327".
            m = re.search(r'· severity ([a-z]+) \(([0-9.]+)\) · precision ([a-z-]+) ·', open(doc).read())
            if not m:
                problems.append('%s: doc page has no "· severity S (N) · precision P ·" line' % rid)
            else:
                want = (r['severity'], '%.1f' % r['security_severity'], r['precision'])
                if m.groups() != want:
                    problems.append('%s: doc page says severity %s (%s), precision %s; the catalog %s (%s), %s'
                                    % ((rid,) + m.groups() + want))
        if not glob.glob(os.path.join(src, 'test', 'lit', 'rules', rid + '.*')):
            problems.append('%s: no test file test/lit/rules/%s.*' % (rid, rid))
        for kind in ('ruleid', 'ok'):
            if kind not in tests.get(rid, set()):
                problems.append('%s: no %s test case ("// %s: %s")' % (
                    rid, 'positive' if kind == 'ruleid' else 'negative', kind, rid))
    problems += layout_problems(src, rules)
    current = open(os.path.join(src, 'docs', 'rules', 'README.md')).read()
    if current != open(index).read():
        problems.append('docs/rules/README.md is stale: run scripts/gen-docs-index.sh')
    for p in problems:
        print('error: ' + p)
    if problems:
        return 1
    print('%d rules: registry, family layout, docs, positive and negative tests present' % len(rules))
    return 0


if __name__ == '__main__':
    sys.exit(main())
