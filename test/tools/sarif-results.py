#!/usr/bin/env python3
"""usage: sarif-results.py FILE — one line per result of a SARIF file:
`RULE URI:LINE:COLUMN`, sorted, with the URI decoded (%20 is a space), for
FileCheck to check exactly which findings a report holds."""
import json
import sys
import urllib.parse

doc = json.load(open(sys.argv[1], encoding="utf-8"))
lines = []
for run in doc["runs"]:
    for result in run.get("results", []):
        loc = result["locations"][0]["physicalLocation"]
        uri = urllib.parse.unquote(loc["artifactLocation"]["uri"])
        region = loc.get("region", {})
        lines.append("%s %s:%d:%d" % (result["ruleId"], uri, region.get("startLine", 0),
                                      region.get("startColumn", 0)))
print("\n".join(sorted(lines)))
