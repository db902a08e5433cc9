#!/usr/bin/env python3
"""Writes a C file that hands Diffie-Hellman moduli of BITS bits to
mbedtls_ssl_conf_dh_param_bin (as bytes) and BN_hex2bn/DH_set0_pqg (as hex
text). usage: gen-huge-dh.py BITS > file.c"""
import random
import sys

bits = int(sys.argv[1])
rnd = random.Random(bits)
n = rnd.getrandbits(bits) | (1 << (bits - 1)) | 1
raw = n.to_bytes(bits // 8, 'big')
print('#include <openssl/evp.h>\n#include <mbedtls/ssl.h>\n')
print('static const unsigned char kBytes[] = {')
for i in range(0, len(raw), 16):
    print('  ' + ', '.join('0x%02x' % b for b in raw[i:i + 16]) + ',')
print('};')
print('static const unsigned char kG[] = {0x02};')
print('static const char kHex[] = "%x";' % n)
print('''
void as_bytes(mbedtls_ssl_config *conf) {
  mbedtls_ssl_conf_dh_param_bin(conf, kBytes, sizeof kBytes, kG, sizeof kG);
}

void as_hex(DH *dh, BIGNUM *g) {
  BIGNUM *p = NULL;
  BN_hex2bn(&p, kHex);
  DH_set0_pqg(dh, p, NULL, g);
}''')
