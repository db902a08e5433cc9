#!/usr/bin/env python3
"""The action of backdoor_scan.bzl: runs the backdoor-scan CLI on one source.

usage: backdoor_scan_action.py REPORT CLI ARG...

Runs CLI ARG... directly, never through a shell: every path and flag arrives
as an argv entry of its own and is passed on as one. CLI is a path, or a name
looked up in PATH. Exit 1 of the CLI means findings, a result: the action
succeeds. Exit 2 (a source that does not parse, a usage or catalog error) and
any other failure fail the action, with the CLI's messages.

The CLI writes absolute paths into REPORT (the JSON report it is told to write
with -o); under Bazel that is the action's sandbox or a remote worker's
directory. They are rewritten relative to the execution root, so reports do not
depend on where the action ran, and `backdoor-scan merge` run in the workspace
resolves them. Nothing else is written.
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402


def fail(message, code=2):
    sys.stderr.write("backdoor_scan_action: %s\n" % message)
    sys.exit(code)


def strip_root(text, roots):
    for root in roots:
        if text.startswith(root):
            return text[len(root):]
    return text


def relativize(value, roots):
    """Every "file" value, and every detail line, that starts with one of roots,
    relative to it."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "file" and isinstance(item, str):
                value[key] = strip_root(item, roots)
            elif key == "details" and isinstance(item, list):
                value[key] = [strip_root(d, roots) if isinstance(d, str) else d for d in item]
            else:
                relativize(item, roots)
    elif isinstance(value, list):
        for item in value:
            relativize(item, roots)


def names_cwd(path):
    try:
        return bool(path) and os.path.isabs(path) and os.path.samefile(path, ".")
    except OSError:
        return False


def working_directory_roots():
    """The working directory as the CLI may spell it: $PWD when that names it
    (as LLVM does), or what getcwd() gives."""
    roots = []
    for root in (os.environ.get("PWD"), os.getcwd(), os.path.realpath(".")):
        if names_cwd(root):
            root = root.rstrip("/") + "/"
            if root not in roots:
                roots.append(root)
    return roots


def print_errors(doc):
    """The tool errors of a report, as the CLI's text format shows them."""
    for e in doc.get("errors", []) if isinstance(doc, dict) else []:
        where = e.get("file", "")
        if e.get("line"):
            where += ":%d" % e["line"]
            if e.get("column"):
                where += ":%d" % e["column"]
        sys.stderr.write("%s: error: %s\n" % (where, e.get("message", "")))
        for detail in e.get("details", []):
            sys.stderr.write("  %s\n" % detail)


def main(argv):
    if len(argv) < 3:
        fail("usage: backdoor_scan_action.py REPORT CLI ARG...")
    report, cli, args = argv[1], argv[2], argv[3:]
    exe = cli if os.sep in cli else shutil.which(cli)
    if not exe:
        fail("cannot find '%s' in PATH; set --@backdoor_scan//:cli=/path/to/backdoor-scan" % cli)
    try:
        run = subprocess.run([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        fail("cannot run '%s': %s; set --@backdoor_scan//:cli=/path/to/backdoor-scan" % (exe, e))
    doc, problem = None, None
    try:
        with open(report, encoding="utf-8") as f:
            doc = json.load(f)
        relativize(doc, working_directory_roots())
    except (OSError, ValueError) as e:
        problem = e
    if doc is not None:
        # Rewritten in place, also when the scan failed: where Bazel leaves the
        # outputs of a failed action in bazel-bin (Bazel 4 does), a merge that
        # includes the report shows the error instead of passing silently.
        with open(report, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
    if run.returncode not in (0, 1):
        # Which file, which error: the report has them, the CLI's output the rest.
        if doc is not None:
            print_errors(doc)
        sys.stderr.flush()
        sys.stderr.buffer.write(run.stdout + run.stderr)
        sys.stderr.flush()
        fail("'%s' exited with %d" % (cli, run.returncode),
             run.returncode if 0 < run.returncode < 126 else 2)
    if doc is None:
        sys.stderr.buffer.write(run.stdout + run.stderr)
        sys.stderr.flush()
        fail("'%s' wrote no JSON report to %s: %s" % (cli, report, problem))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
