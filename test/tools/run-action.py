#!/usr/bin/env python3
"""Runs a composite GitHub Action (action.yml) on this machine, as a runner would.

usage: run-action.py ACTION_DIR --workspace DIR [--input NAME=VALUE]...
                     [--github KEY=VALUE]... [--github-file KEY=FILE]...
                     [--sarif-validate 'CMD ...'] [--uploads DIR]

What it does, following GitHub's documented semantics for composite actions:
- inputs: the given value, else the default (itself an expression);
- each step's `if` (default `success()`): `always()`, `success()`, `failure()`,
  `hashFiles()`, `==`, `!=`, `&&`, `||`, `!`, string literals and the contexts
  `inputs`, `github`, `steps.<id>.outputs`, `env`, `runner`;
- `run` steps: `${{ }}` substituted, step `env` set, run by
  `bash --noprofile --norc -eo pipefail` in the workspace with GITHUB_OUTPUT,
  GITHUB_ENV, GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_WORKFLOW...;
  outputs read back from GITHUB_OUTPUT (NAME=VALUE and NAME<<DELIM forms);
- `uses` steps: only github/codeql-action/upload-sarif is emulated: the file
  must exist and validate (--sarif-validate), and is copied to --uploads.
Prints one line per step (`step: NAME: success|failure|skipped`) and exits 0
when the action succeeded, 1 when it failed, 2 on a usage or format error.
"""
import argparse
import glob
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml


class ExprError(Exception):
    pass


TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?\d+(?:\.\d+)?)|"
                   r"(?P<op>==|!=|&&|\|\||!|\(|\)|,|<=|>=|<|>)|(?P<id>[A-Za-z_][A-Za-z0-9_.\-*]*))")


def tokens(text):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ExprError('cannot read %r at %d' % (text, pos))
        pos = m.end()
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
    return out


def truthy(v):
    return v not in (None, False, 0, '')


def loose_eq(a, b):
    # GitHub compares strings case-insensitively; other types by value.
    if isinstance(a, str) and isinstance(b, str):
        return a.lower() == b.lower()
    return a == b


class Evaluator:
    def __init__(self, contexts, status, workspace):
        self.ctx = contexts
        self.status = status  # 'success' or 'failure' so far
        self.workspace = workspace

    def lookup(self, name):
        parts = name.split('.')
        v = self.ctx.get(parts[0])
        for p in parts[1:]:
            if not isinstance(v, dict):
                return ''
            v = v.get(p, '')
        return '' if v is None else v

    def call(self, name, args):
        if name == 'always':
            return True
        if name == 'success':
            return self.status == 'success'
        if name == 'failure':
            return self.status == 'failure'
        if name == 'cancelled':
            return False
        if name == 'hashFiles':
            files = []
            for pattern in args:
                files += sorted(f for f in glob.glob(os.path.join(self.workspace, pattern),
                                                     recursive=True) if os.path.isfile(f))
            if not files:
                return ''
            h = hashlib.sha256()
            for f in files:
                h.update(hashlib.sha256(open(f, 'rb').read()).digest())
            return h.hexdigest()
        if name == 'format':
            fmt = args[0]
            for i, a in enumerate(args[1:]):
                fmt = fmt.replace('{%d}' % i, str(a))
            return fmt
        if name == 'contains':
            return str(args[1]).lower() in str(args[0]).lower()
        raise ExprError('function %s() is not emulated' % name)

    def evaluate(self, text):
        self.toks = tokens(text)
        self.i = 0
        v = self.orexpr()
        if self.i != len(self.toks):
            raise ExprError('unexpected %r in %r' % (self.toks[self.i][1], text))
        return v

    def peek(self):
        return self.toks[self.i][1] if self.i < len(self.toks) else None

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def orexpr(self):
        v = self.andexpr()
        while self.peek() == '||':
            self.take()
            r = self.andexpr()
            v = v if truthy(v) else r
        return v

    def andexpr(self):
        v = self.cmp()
        while self.peek() == '&&':
            self.take()
            r = self.cmp()
            v = r if truthy(v) else v
        return v

    def cmp(self):
        v = self.unary()
        while self.peek() in ('==', '!='):
            op = self.take()[1]
            r = self.unary()
            v = loose_eq(v, r) if op == '==' else not loose_eq(v, r)
        return v

    def unary(self):
        if self.peek() == '!':
            self.take()
            return not truthy(self.unary())
        return self.primary()

    def primary(self):
        if self.i >= len(self.toks):
            raise ExprError('expression ends early')
        kind, val = self.take()
        if val == '(' and kind == 'op':
            v = self.orexpr()
            if self.peek() != ')':
                raise ExprError('missing )')
            self.take()
            return v
        if kind == 'str':
            return val[1:-1].replace("''", "'")
        if kind == 'num':
            return float(val) if '.' in val else int(val)
        if kind == 'id':
            if val in ('true', 'false'):
                return val == 'true'
            if val == 'null':
                return None
            if self.peek() == '(':
                self.take()
                args = []
                while self.peek() != ')':
                    args.append(self.orexpr())
                    if self.peek() == ',':
                        self.take()
                self.take()
                return self.call(val, args)
            return self.lookup(val)
        raise ExprError('unexpected %r' % val)


EXPR = re.compile(r'\$\{\{(.*?)\}\}', re.S)


def render(value, ev):
    """Substitutes ${{ }} in a string; a whole-string expression keeps its type."""
    if not isinstance(value, str):
        return value
    m = EXPR.fullmatch(value.strip())
    if m:
        return ev.evaluate(m.group(1))

    def text(m):
        v = ev.evaluate(m.group(1))
        if isinstance(v, bool):
            return 'true' if v else 'false'
        return '' if v is None else str(v)
    return EXPR.sub(text, value)


def read_outputs(path):
    out = {}
    if not os.path.exists(path):
        return out
    lines = open(path).read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        if '<<' in line and ('=' not in line or line.index('<<') < line.index('=')):
            name, delim = line.split('<<', 1)
            body = []
            i += 1
            while i < len(lines) and lines[i] != delim:
                body.append(lines[i])
                i += 1
            out[name] = '\n'.join(body)
        elif '=' in line:
            name, val = line.split('=', 1)
            out[name] = val
        i += 1
    return out


def upload_sarif(step_with, ev, args, workspace):
    sarif = render(step_with.get('sarif_file', ''), ev)
    path = os.path.join(workspace, sarif)
    if not sarif or not os.path.isfile(path):
        print('upload-sarif: %s does not exist' % sarif)
        return False
    if args.sarif_validate:
        r = subprocess.run(shlex.split(args.sarif_validate) + [path], capture_output=True, text=True)
        sys.stdout.write('upload-sarif: ' + r.stdout)
        if r.returncode != 0:
            sys.stdout.write(r.stderr)
            return False
    category = render(step_with.get('category', ''), ev)
    if args.uploads:
        os.makedirs(args.uploads, exist_ok=True)
        shutil.copy(path, os.path.join(args.uploads, (category or 'default') + '.sarif'))
    print('upload-sarif: uploaded %s (category %s)' % (sarif, category or '-'))
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('action_dir')
    ap.add_argument('--workspace', required=True)
    ap.add_argument('--input', action='append', default=[])
    ap.add_argument('--github', action='append', default=[])
    ap.add_argument('--github-file', action='append', default=[])
    ap.add_argument('--sarif-validate', default=None)
    ap.add_argument('--uploads', default=None)
    args = ap.parse_args()

    action = yaml.safe_load(open(os.path.join(args.action_dir, 'action.yml')))
    runs = action.get('runs', {})
    if runs.get('using') != 'composite':
        print('run-action: only composite actions are emulated', file=sys.stderr)
        return 2

    github = {'workflow': 'CI', 'event_name': 'pull_request', 'workspace': args.workspace,
              'event': {}}

    def put(key, value):
        d = github
        parts = key.split('.')
        for p in parts[:-1]:
            d = d.setdefault(p, {})
        d[parts[-1]] = value
    for kv in args.github:
        k, v = kv.split('=', 1)
        put(k, v)
    for kv in args.github_file:
        k, f = kv.split('=', 1)
        put(k, open(f).read().strip())

    given = {}
    for kv in args.input:
        k, v = kv.split('=', 1)
        if k not in (action.get('inputs') or {}):
            print('run-action: the action has no input %r' % k, file=sys.stderr)
            return 2
        given[k] = v
    tmp = tempfile.mkdtemp(prefix='run-action-')
    ctx = {'github': github, 'steps': {}, 'env': {},
           'runner': {'temp': tmp, 'os': 'Linux'}, 'inputs': {}}
    ev = Evaluator(ctx, 'success', args.workspace)
    for name, spec in (action.get('inputs') or {}).items():
        ctx['inputs'][name] = given[name] if name in given else render(
            str((spec or {}).get('default', '')), ev)

    env_file = os.path.join(tmp, 'env')
    open(env_file, 'w').close()
    status = 'success'
    for n, step in enumerate(runs.get('steps', [])):
        name = step.get('name') or step.get('id') or ('step %d' % n)
        ev.status = status
        cond = step.get('if', 'success()')
        cond = cond.strip()
        if cond.startswith('${{'):
            cond = EXPR.fullmatch(cond).group(1)
        # An `if` without a status function implies success() && (...).
        if not re.search(r'\b(always|success|failure|cancelled)\(', cond):
            cond = 'success() && (%s)' % cond
        if not truthy(ev.evaluate(cond)):
            print('step: %s: skipped' % name)
            continue
        outputs = {}
        if 'run' in step:
            if step.get('shell') != 'bash':
                print('run-action: step %r: only shell: bash is emulated' % name, file=sys.stderr)
                return 2
            script = os.path.join(tmp, 'step%d.sh' % n)
            with open(script, 'w') as f:
                f.write(render(step['run'], ev))
            out_file = os.path.join(tmp, 'out%d' % n)
            open(out_file, 'w').close()
            env = dict(os.environ)
            env.update(ctx['env'])
            env.update({'GITHUB_ACTION_PATH': os.path.abspath(args.action_dir),
                        'GITHUB_WORKSPACE': args.workspace, 'GITHUB_OUTPUT': out_file,
                        'GITHUB_ENV': env_file, 'GITHUB_WORKFLOW': github['workflow'],
                        'GITHUB_EVENT_NAME': github['event_name'], 'RUNNER_TEMP': tmp,
                        'GITHUB_STEP_SUMMARY': os.path.join(tmp, 'summary'), 'CI': 'true'})
            for k, v in (step.get('env') or {}).items():
                v = render(v, ev)
                env[k] = 'true' if v is True else 'false' if v is False else str(v)
            cwd = os.path.join(args.workspace, render(step.get('working-directory', '.'), ev))
            sys.stdout.flush()
            r = subprocess.run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', script],
                               cwd=cwd, env=env)
            ok = r.returncode == 0
            outputs = read_outputs(out_file)
            ctx['env'].update(read_outputs(env_file))
        elif 'uses' in step:
            uses = step['uses']
            if uses.split('@')[0] == 'github/codeql-action/upload-sarif':
                ok = upload_sarif(step.get('with') or {}, ev, args, args.workspace)
            else:
                print('run-action: step %r uses %s, which is not emulated' % (name, uses),
                      file=sys.stderr)
                return 2
        else:
            print('run-action: step %r has neither run nor uses' % name, file=sys.stderr)
            return 2
        if step.get('id'):
            ctx['steps'][step['id']] = {'outputs': outputs,
                                        'outcome': 'success' if ok else 'failure'}
        print('step: %s: %s' % (name, 'success' if ok else 'failure'))
        if not ok:
            status = 'failure'
    shutil.rmtree(tmp, ignore_errors=True)
    print('action: %s' % status)
    return 0 if status == 'success' else 1


if __name__ == '__main__':
    try:
        sys.exit(main())
    except ExprError as e:
        print('run-action: %s' % e, file=sys.stderr)
        sys.exit(2)
