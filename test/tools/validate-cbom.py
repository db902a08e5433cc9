#!/usr/bin/env python3
"""Validates a CycloneDX 1.6 CBOM and lists its assets for FileCheck.

usage: validate-cbom.py SCHEMA_DIR FILE

Checks the document against the official bom-1.6 JSON schema (with the spdx
and jsf schemas it references, from SCHEMA_DIR), that every bom-ref is unique
and every reference (dependencies, provides, affects, algorithmRef, cipher
suite algorithms) names a component, and that every algorithm's name follows a
pattern of cryptography-defs.json, except the names listed in NO_DEFS_NAME
(assets whose scheme the code does not fix). Then prints one line per
component, its occurrences, dependencies and vulnerabilities, sorted, so a test
can check the expected assets and occurrences.
Uses Debian's python3-jsonschema (Draft 7, as the schema declares).
"""
import json
import os
import re
import sys

import jsonschema

# Names the defs have no pattern for: an RSA or EC key whose scheme (signature
# or encryption, ECDSA or ECDH) the call does not fix, raw RSA, the NULL
# cipher, Argon2 whose variant is an argument, the hybrid TLS groups of a
# classical group and ML-KEM (IANA's names: X25519MLKEM768).
NO_DEFS_NAME = re.compile(r'^(RSA(-[0-9]+)?|RSA-raw|EC(-.+)?|NULL|Argon2(-m[0-9]+)?(-t[0-9]+)?|'
                          r'(X25519|X448|SecP[0-9]+r1)MLKEM[0-9]+)$')


def defs_regex(pattern):
    """A cryptography-defs.json pattern ("AES[-(128|192|256)][-(GCM|CCM)]") as a regex."""
    out = ''
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '[':
            out += '(?:'
        elif c == ']':
            out += ')?'
        elif c == '(':
            out += '(?:'
        elif c == ')':
            out += ')'
        elif c == '|':
            out += '|'
        elif c == '{':
            j = pattern.index('}', i)
            out += '.+'
            i = j
        else:
            out += re.escape(c)
        i += 1
    return re.compile('^' + out + '$')


def main():
    schema_dir, path = sys.argv[1:3]
    schema = json.load(open(os.path.join(schema_dir, 'bom-1.6.schema.json')))
    store = {}
    for name in ('spdx.schema.json', 'jsf-0.82.schema.json', 'bom-1.6.schema.json'):
        s = json.load(open(os.path.join(schema_dir, name)))
        store[s['$id']] = s
        store[name] = s
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    doc = json.load(open(path))
    validator = jsonschema.Draft7Validator(schema, resolver=resolver,
                                           format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    problems = ['%s: %s' % ('/'.join(str(p) for p in e.path), e.message) for e in errors[:20]]

    comps = doc.get('components', [])
    refs = [c.get('bom-ref') for c in comps]
    for r in set(refs):
        if refs.count(r) > 1:
            problems.append('bom-ref %s is not unique' % r)
    known = set(refs)

    def need(ref, where):
        if ref not in known:
            problems.append('%s names no component: %s' % (where, ref))

    for d in doc.get('dependencies', []):
        need(d['ref'], 'dependency')
        for r in d.get('dependsOn', []) + d.get('provides', []):
            need(r, 'dependency of ' + d['ref'])
    for v in doc.get('vulnerabilities', []):
        for a in v.get('affects', []):
            need(a['ref'], 'vulnerability ' + v['id'])

    defs = json.load(open(os.path.join(schema_dir, 'cryptography-defs.json')))
    patterns = [defs_regex(v['pattern']) for a in defs['algorithms'] for v in a['variant']]
    lines = []
    for c in comps:
        cp = c.get('cryptoProperties', {})
        t = cp.get('assetType', c['type'])
        if t == 'algorithm' and not NO_DEFS_NAME.match(c['name']) and \
                not any(p.match(c['name']) for p in patterns):
            problems.append('algorithm name %s follows no pattern of cryptography-defs.json' % c['name'])
        rm = cp.get('relatedCryptoMaterialProperties', {})
        if 'algorithmRef' in rm:
            need(rm['algorithmRef'], c['bom-ref'] + ' algorithmRef')
        if 'value' in rm:
            problems.append('%s carries key bytes' % c['bom-ref'])
        cert = cp.get('certificateProperties', {})
        for k in ('signatureAlgorithmRef', 'subjectPublicKeyRef'):
            if k in cert:
                need(cert[k], c['bom-ref'] + ' ' + k)
        for r in cp.get('protocolProperties', {}).get('cryptoRefArray', []):
            need(r, c['bom-ref'] + ' cryptoRefArray')
        for s in cp.get('protocolProperties', {}).get('cipherSuites', []):
            for r in s.get('algorithms', []):
                need(r, c['bom-ref'] + ' cipher suite ' + s['name'])
        props = cp.get('algorithmProperties', cp.get('protocolProperties', cert or rm))
        detail = ' '.join('%s=%s' % (k, ','.join(map(str, v)) if isinstance(v, list) else v)
                          for k, v in sorted(props.items()) if k != 'cipherSuites')
        if t != 'library':
            quantum = [p['value'] for p in c.get('properties', []) if p['name'] == 'backdoor-scan:quantum-status']
            if quantum:
                detail += ' quantum=' + quantum[0]
        if 'version' in c:
            detail = ('version=%s ' % c['version'] + detail).strip()
        lines.append('%s %s "%s" %s' % (t, c['bom-ref'], c['name'], detail))
        for o in c.get('evidence', {}).get('occurrences', []):
            lines.append('  at %s:%s %s' % (o['location'], o.get('line'), o.get('symbol', '')))
    for d in doc.get('dependencies', []):
        if d.get('dependsOn'):
            lines.append('depends %s -> %s' % (d['ref'], ' '.join(d['dependsOn'])))
        if d.get('provides'):
            lines.append('provides %s -> %s' % (d['ref'], ' '.join(d['provides'])))
    for v in doc.get('vulnerabilities', []):
        lines.append('vulnerability %s affects %s' % (v['id'], ' '.join(a['ref'] for a in v['affects'])))
    for p in problems:
        print('error: ' + p)
    if problems:
        print('invalid CBOM: %d problems' % len(problems))
        return 1
    assets = sum(1 for c in comps if c['type'] == 'cryptographic-asset')
    print('valid CycloneDX 1.6: %d components, %d cryptographic assets' % (len(comps), assets))
    for l in lines:
        print(l)
    return 0


if __name__ == '__main__':
    sys.exit(main())
