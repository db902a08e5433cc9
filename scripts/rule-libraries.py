#!/usr/bin/env python3
"""Writes, in each rule's page docs/rules/<rule>.md, the libraries whose APIs
the catalog (rules/apis/*.yaml) models for that rule, and checks it.

Each model of the catalog feeds some rules: a parameter's role (a `cipher`
feeds backdoor-weak-cipher, backdoor-ecb-mode and backdoor-null-cipher, a
`key` backdoor-hardcoded-key and backdoor-known-key, ...), a function's keys
(`verify-result` feeds backdoor-unchecked-verification, `key-source` and
`sink` backdoor-key-exfiltration, ...) and the algorithm symbols. A model
belongs to the library its name says (EVP_ is OpenSSL, mbedtls_ Mbed TLS,
"+[NSData ...]" Objective-C's Foundation, ...; LIBRARIES below), or else to
the library its file declares.

usage: rule-libraries.py [--check] [--root DIR]
  (default)  rewrites the generated section of every rule page
  --check    writes nothing; fails (exit 1) when a page is stale
"""
import argparse
import glob
import os
import re
import sys

import yaml

# (display name, what a modelled name of the library looks like), in order:
# the first match wins.
LIBRARIES = [
    ('Objective-C Foundation', r'^[+-]\['),
    ('Crypto++', r'^CryptoPP::'),
    ('Botan', r'^Botan::'),
    ('Boost.Asio', r'^boost::'),
    ('Qt Network', r'^Q[A-Z][A-Za-z]*(::|$)'),
    ('Mbed TLS', r'^(mbedtls_|MBEDTLS_)'),
    ('PSA Crypto', r'^(psa_|PSA_)'),
    ('wolfSSL', r'^(wc_|wolfSSL|wolfTLS|wolfDTLS|WOLFSSL|Wc[A-Z])'),
    ('libsodium', r'^(crypto_|randombytes|sodium_)'),
    ('libgcrypt', r'^(gcry_|GCRY_)'),
    ('GnuTLS', r'^(gnutls_|GNUTLS_)'),
    ('liboqs', r'^OQS_'),
    ('libcurl', r'^(curl_|CURL)'),
    ('CNG', r'^(BCrypt|NCrypt|BCRYPT_|NCRYPT_)'),
    ('CryptoAPI', r'^(Crypt[A-Z]|CALG_|Cert[A-Z]|CERT_|PFX[A-Z]|CRYPT_|PROV_)'),
    ('CommonCrypto', r'^(CC[A-Z_]|kCC)'),
    ('Apple Security', r'^(Sec[A-Z]|kSec|CF[A-Z]|kCF)'),
    # BoringSSL's and LibreSSL's own APIs (their OpenSSL-compatible API is OpenSSL's, below).
    ('BoringSSL', r'^(EVP_AEAD_|EVP_aead_|ED25519_|X25519_|SSL_(CTX_)?set_custom_verify$|'
                  r'SSL_CTX_set_strict_cipher_list$)'),
    ('LibreSSL', r'^tls_'),
    ('OpenSSL', r'^(EVP_|RSA_|RSA$|DSA_|DH_|EC_|ECDSA_|ECDH_|SSL_|SSLv|TLS_|TLSv|DTLS|BIO_|PEM_|'
                r'i2d_|d2i_|BN_|X509|RAND_|PKCS5_|PKCS12_|PKCS7_|CMS_|HMAC|CMAC_|AES_|DES_|RC4|RC2_|'
                r'BF_|CAST_|IDEA_|MD[245]$|MD[245]_|SHA[0-9]*$|SHA[0-9]*_|OSSL_|OBJ_|CRYPTO_|'
                r'OPENSSL_|NID_|SN_|ENGINE_)'),
]
# BoringSSL and LibreSSL keep OpenSSL's API: a rule that a model of OpenSSL's
# feeds understands their code too (tested under their own headers:
# test/lit/libraries/boringssl-*.c, libressl-*.c).
OPENSSL_FORKS = ['BoringSSL', 'LibreSSL']
# A file's own library when no name pattern claims a model.
FILE_LIBRARY = {
    'openssl': 'OpenSSL', 'mbedtls': 'Mbed TLS', 'wolfssl': 'wolfSSL', 'libsodium': 'libsodium',
    'libgcrypt': 'libgcrypt', 'gnutls': 'GnuTLS', 'cryptopp': 'Crypto++', 'botan': 'Botan',
    'liboqs': 'liboqs', 'commoncrypto': 'CommonCrypto', 'apple-security': 'Apple Security',
    'objc-foundation': 'Objective-C Foundation', 'windows': 'Windows',
    'qt-boost': 'Qt Network', 'misc': None, 'libc': None, 'key-material': None,
}

ROLE_RULES = {
    'cipher': ['weak-cipher', 'ecb-mode', 'null-cipher'],
    'digest': ['weak-hash'],
    'padding': ['rsa-without-oaep'],
    'key-bits': ['short-key'], 'key-bytes': ['short-key'], 'curve': ['short-key'],
    'algorithm-name': ['weak-cipher', 'ecb-mode', 'weak-hash', 'rsa-without-oaep', 'short-key'],
    'key': ['hardcoded-key', 'known-key'], 'hex-key': ['hardcoded-key', 'known-key'],
    'key-handle': ['hardcoded-key', 'known-key'], 'key-blob': ['hardcoded-key', 'known-key'],
    'private-key': ['hardcoded-key'],
    'iv': ['hardcoded-iv'], 'nonce': ['hardcoded-iv'], 'salt': ['hardcoded-iv'],
    'password': ['magic-credential'], 'username': ['magic-credential'],
    'work-factor': ['weak-kdf'], 'iterations': ['weak-kdf'], 'salt-length': ['weak-kdf'],
    'hashed-data': ['weak-kdf'],
    'verify-mode': ['tls-verify-disabled'], 'verify-callback': ['tls-verify-disabled'],
    'tls-version': ['weak-tls'], 'tls-options': ['weak-tls'], 'security-level': ['weak-tls'],
    'priority-string': ['weak-tls'], 'suite-ids': ['weak-tls'], 'tls13-suites': ['weak-tls'],
    'cipher-list': ['weak-tls'],
    'public-key': ['escrow-wrap'], 'public-keys': ['escrow-wrap'], 'plaintext': ['escrow-wrap'],
    'dh-prime': ['rigged-parameters'], 'dh-prime-le': ['rigged-parameters'],
    'dh-params': ['rigged-parameters'],
    'dh-blob': ['rigged-parameters'], 'dh-generator': ['rigged-parameters'],
    'curve-prime': ['rigged-parameters'], 'curve-a': ['rigged-parameters'],
    'curve-b': ['rigged-parameters'], 'curve-generator': ['rigged-parameters'],
    'rsa-exponent': ['rigged-parameters'],
    'seed': ['constant-seed'], 'rand-method': ['constant-seed'],
    'item-accessibility': ['keychain-accessible-always'],
}
KEY_RULES = {
    'key-source': ['key-exfiltration'], 'sink': ['key-exfiltration'],
    'sink-handle': ['key-exfiltration'], 'shared-memory-return': ['key-exfiltration'],
    'keylog-callback': ['tls-keylog'],
    'rng': ['predictable-random'], 'must-check': ['predictable-random'],
    'predictable': ['predictable-random'], 'predictable-return': ['predictable-random'],
    'seeded-by': ['predictable-random'], 'seed-entropy': ['predictable-random'],
    'verify-result': ['unchecked-verification'],
    'entropy-callback': ['constant-seed'],
}
SPEC_RULES = {
    'cipher': ['weak-cipher', 'ecb-mode', 'null-cipher'],
    'digest': ['weak-hash'],
    'padding': ['rsa-without-oaep'],
    'curve': ['short-key', 'rigged-parameters'],
    'group': ['short-key'],
    'pkey': ['quantum-vulnerable'],
}
# Catalog patterns (`patterns:`) an analysis reads for one rule, and the
# libraries whose API they describe.
PATTERN_RULES = {
    'trust-credential-selector': (['tls-verify-disabled'], ['Apple Security', 'Objective-C Foundation']),
}
# Every algorithm a model selects is also recorded by the inventory rules.
INVENTORY = ['crypto-inventory', 'quantum-vulnerable']

BEGIN = '<!-- libraries: generated by scripts/rule-libraries.py from rules/apis/*.yaml; do not edit -->'
END = '<!-- end of libraries -->'


def library_of(name, file_library):
    for display, pattern in LIBRARIES:
        if re.search(pattern, name):
            return display
    return FILE_LIBRARY.get(file_library, file_library)


def spec_rules(spec):
    kind = str(spec).split(':', 1)[0]
    return SPEC_RULES.get(kind, [])


def collect(root):
    """{rule id: set of library names}."""
    out = {}

    def add(rules, lib):
        if not lib:
            return
        for r in rules:
            out.setdefault('backdoor-' + r, set()).add(lib)

    for path in sorted(glob.glob(os.path.join(root, 'rules', 'apis', '*.yaml'))):
        with open(path, encoding='utf-8') as f:
            data = yaml.safe_load(f) or {}
        flib = data.get('library', '')
        for name, spec in (data.get('symbols') or {}).items():
            add(spec_rules(spec) + INVENTORY, library_of(str(name), flib))
        for sp in data.get('symbol-patterns') or []:
            lib = FILE_LIBRARY.get(flib, flib)
            add(['weak-cipher', 'ecb-mode', 'weak-hash', 'short-key'] + INVENTORY, lib)
        for name, model in (data.get('functions') or {}).items():
            if not isinstance(model, dict):
                continue
            lib = library_of(str(name), flib)
            for key, rules in KEY_RULES.items():
                if key in model:
                    add(rules, lib)
            ins = model.get('insecure')
            if isinstance(ins, dict) and ins.get('rule'):
                add([ins['rule'][len('backdoor-'):]], lib)
            # An override of a modelled virtual method (Botan's TLS::Policy):
            # its own rule, and the rules of the role of what it returns.
            ovr = model.get('override')
            if isinstance(ovr, dict):
                if ovr.get('rule'):
                    add([ovr['rule'][len('backdoor-'):]], lib)
                ret = ovr.get('returns')
                role = ret if isinstance(ret, str) else (ret.get('role') if isinstance(ret, dict) else None)
                if role and not ovr.get('rule'):
                    add(ROLE_RULES.get(role, []), lib)
            uses = model.get('uses')
            for u in (uses if isinstance(uses, list) else [uses] if uses else []):
                add(spec_rules(u) + INVENTORY, lib)
            for p in (model.get('params') or {}).values():
                role = p if isinstance(p, str) else (p.get('role') if isinstance(p, dict) else None)
                if not role:
                    continue
                add(ROLE_RULES.get(role, []), lib)
                if role in ('cipher', 'digest', 'padding', 'curve', 'key-bits', 'algorithm-name'):
                    add(INVENTORY, lib)
                if isinstance(p, dict) and p.get('insecure') and role == 'verify-mode':
                    add(['tls-verify-disabled'], lib)
        for key in (data.get('patterns') or {}):
            rules, libs = PATTERN_RULES.get(key, ([], []))
            for lib in libs:
                add(rules, lib)
        for key in (data.get('param-keys') or {}):
            add(['short-key', 'rsa-without-oaep', 'weak-hash', 'weak-kdf'] + INVENTORY,
                library_of(str(key), flib) or FILE_LIBRARY.get(flib))
    for libs in out.values():
        if 'OpenSSL' in libs:
            libs.update(OPENSSL_FORKS)
    return out


def section(rule, libs):
    lines = [BEGIN, '## Libraries', '']
    if libs:
        lines.append('The catalog models these libraries\' APIs for this rule: ' +
                     ', '.join(sorted(libs, key=str.lower)) + '.')
    else:
        lines.append('This rule does not depend on a crypto library\'s API: it reads the program\'s '
                     'own code (with the C and C++ runtime models of `rules/apis/libc.yaml` and '
                     '`rules/apis/hidden-functionality.yaml`).')
    lines += ['', 'Which (library, property) pairs the tests prove: '
              '[the coverage matrix](../coverage.md).', END]
    return '\n'.join(lines) + '\n'


def render(text, rule, libs):
    block = section(rule, libs)
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        end = text.index(END) + len(END)
        if text[end:end + 1] == '\n':
            end += 1
        return text[:start] + block + text[end:]
    anchor = '## Catalog and tests'
    if anchor in text:
        i = text.index(anchor)
        return text[:i] + block + '\n' + text[i:]
    return text.rstrip('\n') + '\n\n' + block


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--check', action='store_true')
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    libs = collect(root)
    stale = []
    pages = sorted(glob.glob(os.path.join(root, 'docs', 'rules', 'backdoor-*.md')))
    for page in pages:
        rule = os.path.basename(page)[:-3]
        with open(page, encoding='utf-8') as f:
            text = f.read()
        new = render(text, rule, libs.get(rule, set()))
        if new == text:
            continue
        if a.check:
            stale.append(os.path.relpath(page, root))
        else:
            with open(page, 'w', encoding='utf-8') as f:
                f.write(new)
    for p in stale:
        print('error: %s: the libraries section is stale: run scripts/rule-libraries.py' % p)
    if stale:
        return 1
    print('%d rule pages list their libraries' % len(pages))
    return 0


if __name__ == '__main__':
    sys.exit(main())
