#!/usr/bin/env python3
"""Writes a C file of N functions, each calling the next and passing a key
along; every 100th function also encrypts under a key of its own (a finding).
usage: gen-call-chain.py N > file.c"""
import sys

n = int(sys.argv[1])
out = ['#include <openssl/evp.h>', '']
for i in range(n - 1, -1, -1):
    out.append('static int f%d(EVP_CIPHER_CTX *c, const unsigned char *k) {' % i)
    if i % 100 == 0:
        out.append('  static const unsigned char own%d[16] = "0123456789abcde";' % i)
        out.append('  EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, own%d, 0);' % i)
    if i == n - 1:
        out.append('  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, k, 0);')
    else:
        out.append('  return f%d(c, k);' % (i + 1))
    out.append('}')
out.append('static const unsigned char kKey[16] = "fedcba987654321";')
out.append('int entry(EVP_CIPHER_CTX *c) { return f0(c, kKey); }')
print('\n'.join(out))
