#!/usr/bin/env python3
"""Validates a SARIF file against the official 2.1.0 JSON schema.

usage: validate-sarif.py SCHEMA FILE
Uses Debian's python3-jsonschema (Draft 4, as the schema declares).
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1]))
    doc = json.load(open(sys.argv[2]))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:20]:
        print("%s: %s" % ("/".join(str(p) for p in e.path), e.message))
    if errors:
        print("invalid SARIF: %d schema violations" % len(errors))
        return 1
    print("valid SARIF 2.1.0: %d results" % sum(len(r.get("results", [])) for r in doc["runs"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
