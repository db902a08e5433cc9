#!/usr/bin/env python3
"""Adds a rule to backdoor-scan in one step, like clang-tidy's add_new_check.py.

usage: scripts/add-rule.py RULE_ID FAMILY [--title TEXT] [--summary TEXT]
                           [--severity low|medium|high|critical] [--cwe N,...]

RULE_ID is `backdoor-<name>`; FAMILY is the rule family (`config`, `escrow`,
`tls`, ... or a new one). The script writes, and names on stdout:

  rules/<family>.yaml           the catalog entry (a stub: fill in rationale,
                                remediation, examples, references)
  lib/catalog/Rules.def         the registry line (BACKDOOR_RULE), after the
                                family's other rules
  docs/rules/<rule-id>.md       the doc page from the house template
  test/lit/rules/<rule-id>.c    a lit test through both front ends with
                                `// ruleid:` and `// ok:` stubs

and for a new family also the family's check (checks/<Family>Check.cpp, a
BACKDOOR_FAMILY line) and its analysis folder (lib/analysis/<family>/).
The docs index (docs/rules/README.md) is generated from the catalog:
run scripts/gen-docs-index.sh after building.

The generated test fails until the analysis reports the `ruleid:` line:
that is the point. Nothing existing is overwritten.
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def camel(name):
    return ''.join(w[:1].upper() + w[1:] for w in name.split('-'))


def write_new(path, text, written):
    full = os.path.join(ROOT, path)
    if os.path.exists(full):
        sys.exit('add-rule: %s exists already' % path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)
    written.append(path)


YAML_ENTRY = '''
  - id: {id}
    family: {family}
    title: {title_q}
    summary: {summary_q}
    rationale: |
      TODO: why this pattern is a backdoor or weakens the cryptography, and what an attacker
      gains from it.
    remediation: |
      TODO: what to write instead.
    cwe: [{cwe}]
    severity: {severity}
    security-severity: {score}
    precision: medium
    tags: [crypto]
    references:
{references}'''

DOC = '''# {id}

**{title}** · severity {severity} ({score}) · precision medium · {cwes}

{summary}

TODO: what the rule looks for, and how it follows values to the API that uses them.

## Diagnose

```c
// TODO: code the rule reports, with the warning it prints
```

## Will not warn

```c
// TODO: look-alike code that is safe
```

## Fix

TODO: what to write instead.

## Options

None besides the shared `BackdoorScanRules` and `IgnoredPaths`.

## Catalog and tests

`rules/{family}.yaml`, `checks/{check}.cpp`, `lib/analysis/{family}/`,
`test/lit/rules/{id}.c`.

## References

{ref_list}
'''

TEST = '''// RUN: %run-both --checks={id} %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{{{warning|error}}}}:"
// Cases of {id}: `// ruleid:` above each line that must be reported,
// `// ok:` above each look-alike that must not. Fill in the code, then run
// test/tools/update-checks.py BUILD_DIR this-file to pin the messages.

void reported(void) {{
  // ruleid: {id}
  /* TODO: the pattern */;
}}

void not_reported(void) {{
  // ok: {id}
  /* TODO: a safe look-alike */;
}}
'''

FAMILY_CHECK = '''//===--- {check}.cpp - {title} {dashes}===//
//
// The check of the {family} family: it registers the family's matchers once
// and hands each match's candidates to every live check of the family
// (BackdoorCheck::dispatch). The analysis is lib/analysis/{family}/.
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/{family}/{Family}.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace backdoor {{

void {check}::registerMatchers(MatchFinder *Finder) {{
  if (!claimMatchers()) return;
  matchModelledCalls(Finder);
}}

void {check}::check(const MatchFinder::MatchResult &Result) {{
  AnalysisSession &S = session(*Result.Context);
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call"))
    dispatch(&{family_fn}OfCall(S, CE), *Result.SourceManager);
}}

}} // namespace backdoor
'''

ANALYSIS_H = '''//===--- {Family}.h - {title} {dashes}*- C++ -*-===//
//
// The analysis of the {family} family: candidates of its rules at a call of a
// modelled function, memoized per translation unit in the session.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_ANALYSIS_{MACRO}_H
#define BACKDOOR_ANALYSIS_{MACRO}_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/Expr.h"

namespace backdoor {{

/// Candidates of the family's rules for a call (memoized in the session).
const std::vector<Candidate> &{family_fn}OfCall(AnalysisSession &S, const clang::CallExpr *CE);

}} // namespace backdoor

#endif
'''

ANALYSIS_CPP = '''//===--- {Family}.cpp - {title} {dashes}===//
#include "analysis/{family}/{Family}.h"

namespace backdoor {{

const std::vector<Candidate> &{family_fn}OfCall(AnalysisSession &S, const clang::CallExpr *CE) {{
  return S.memo(CE, MemoKey::{Family}OfCall, [&] {{
    std::vector<Candidate> Out;
    // TODO: decide from the call's model (S.catalog()) and the values of its
    // arguments (S.values(), S.provenance()) whether a rule of the family
    // applies, and add a Candidate per finding.
    return Out;
  }});
}}

}} // namespace backdoor
'''


def header_line(prefix, title, width=80, tail='===//'):
    text = '%s - %s ' % (prefix, title)
    return '-' * max(1, width - len('//===--- ') - len(text) - len(tail))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('rule_id')
    ap.add_argument('family')
    ap.add_argument('--title', default=None)
    ap.add_argument('--summary', default=None)
    ap.add_argument('--severity', default='high', choices=['low', 'medium', 'high', 'critical'])
    ap.add_argument('--cwe', default='327')
    a = ap.parse_args()

    if not re.fullmatch(r'backdoor-[a-z0-9]+(-[a-z0-9]+)*', a.rule_id):
        sys.exit('add-rule: the rule id must be backdoor-<lowercase-words>, not %r' % a.rule_id)
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', a.family):
        sys.exit('add-rule: the family must be lowercase words joined by -, not %r' % a.family)
    cwes = [c.strip() for c in a.cwe.split(',') if c.strip()]
    if not cwes or not all(c.isdigit() for c in cwes):
        sys.exit('add-rule: --cwe takes numbers separated by commas')

    name = a.rule_id[len('backdoor-'):]
    family, Family = a.family, camel(a.family)
    registry_path = os.path.join(ROOT, 'lib', 'catalog', 'Rules.def')
    registry = open(registry_path).read()
    if '"%s"' % a.rule_id in registry:
        sys.exit('add-rule: %s is in lib/catalog/Rules.def already' % a.rule_id)
    family_rules = re.findall(r'^BACKDOOR_RULE\(\w+, "[^"]+", "%s", (\w+)\)$' % re.escape(family),
                              registry, re.M)
    new_family = not family_rules
    check = Family + 'Check'
    if not new_family and check not in family_rules:
        # A family with rule-specific checks (weak-primitives): use its check.
        check = family_rules[0]
    title = a.title or name.replace('-', ' ').capitalize()
    summary = a.summary or 'TODO: one sentence that states what is found and its consequence.'
    score = {'low': '3.0', 'medium': '5.5', 'high': '7.5', 'critical': '9.0'}[a.severity]
    written = []

    # The catalog entry.
    yaml_path = os.path.join('rules', family + '.yaml')
    refs = ''.join('      - https://cwe.mitre.org/data/definitions/%s.html\n' % c for c in cwes)
    entry = YAML_ENTRY.format(id=a.rule_id, family=family, title_q=json.dumps(title),
                              summary_q=json.dumps(summary),
                              cwe=', '.join(cwes), severity=a.severity, score=score,
                              references=refs)
    full_yaml = os.path.join(ROOT, yaml_path)
    if os.path.exists(full_yaml):
        text = open(full_yaml).read()
        if re.search(r'^\s*-?\s*id: %s\s*$' % re.escape(a.rule_id), text, re.M):
            sys.exit('add-rule: %s is in %s already' % (a.rule_id, yaml_path))
        m = re.search(r'^rules:\s*\n', text, re.M)
        if not m:
            sys.exit('add-rule: %s has no top-level "rules:" list' % yaml_path)
        # After the last rule of the list: before the next top-level key, or at the end.
        nxt = re.search(r'^[A-Za-z][\w-]*:', text[m.end():], re.M)
        at = m.end() + nxt.start() if nxt else len(text)
        before = text[:at].rstrip('\n') + '\n'
        text = before + entry + ('\n' + text[at:] if nxt else '')
        with open(full_yaml, 'w') as f:
            f.write(text)
        written.append(yaml_path)
    else:
        write_new(yaml_path, '# Rule family: %s. Check: checks/%s.cpp; analysis: lib/analysis/%s/.\n'
                  'schema: 1\n\nrules:' % (family, check, family) + entry, written)

    # The registry line, after the family's last rule (or at the end for a new family).
    line = 'BACKDOOR_RULE(%s, "%s", "%s", %s)\n' % (camel(name), a.rule_id, family, check)
    lines = registry.splitlines(keepends=True)
    last = max((i for i, l in enumerate(lines)
                if l.startswith('BACKDOOR_RULE(') and '"%s"' % family in l), default=None)
    if last is None:
        last = max(i for i, l in enumerate(lines) if l.startswith('BACKDOOR_RULE('))
    lines.insert(last + 1, line)
    if new_family:
        fam_last = max(i for i, l in enumerate(lines) if l.startswith('BACKDOOR_FAMILY('))
        lines.insert(fam_last + 1, 'BACKDOOR_FAMILY("%s", %s)\n' % (family, check))
    with open(registry_path, 'w') as f:
        f.write(''.join(lines))
    written.append('lib/catalog/Rules.def')

    if new_family:
        fn = Family[:1].lower() + Family[1:]
        fields = dict(check=check, family=family, Family=Family, title=title, family_fn=fn,
                      MACRO=family.upper().replace('-', '_'))
        write_new('checks/%s.cpp' % check, FAMILY_CHECK.format(
            dashes=header_line(check + '.cpp', title), **fields), written)
        write_new('lib/analysis/%s/%s.h' % (family, Family), ANALYSIS_H.format(
            dashes=header_line(Family + '.h', title, tail='*- C++ -*-===//'), **fields), written)
        write_new('lib/analysis/%s/%s.cpp' % (family, Family), ANALYSIS_CPP.format(
            dashes=header_line(Family + '.cpp', title), **fields), written)
        # The family's class is declared by FamilyChecks.h from the registry;
        # its analysis gets a memo key of its own in the session.
        session = os.path.join(ROOT, 'lib', 'core', 'Session.h')
        text = open(session).read()
        m = re.search(r'enum class MemoKey : unsigned \{\n(.*?)\n\};', text, re.S)
        if not m:
            sys.exit('add-rule: no MemoKey enum in lib/core/Session.h')
        text = text[:m.end(1)] + '\n  %sOfCall,' % Family + text[m.end(1):]
        with open(session, 'w') as f:
            f.write(text)
        written.append('lib/core/Session.h')

    # The doc page and the test.
    write_new('docs/rules/%s.md' % a.rule_id, DOC.format(
        id=a.rule_id, title=title, severity=a.severity, score=score, summary=summary,
        family=family, check=check, cwes=', '.join('CWE-' + c for c in cwes),
        ref_list='\n'.join('- CWE-%s: https://cwe.mitre.org/data/definitions/%s.html' % (c, c)
                           for c in cwes)), written)
    write_new('test/lit/rules/%s.c' % a.rule_id, TEST.format(id=a.rule_id), written)

    for p in written:
        print('wrote ' + p)
    print('next: build, run scripts/gen-docs-index.sh, write the analysis and the test cases,\n'
          '      then test/tools/update-checks.py build/19 test/lit/rules/%s.c' % a.rule_id)
    return 0


if __name__ == '__main__':
    sys.exit(main())
