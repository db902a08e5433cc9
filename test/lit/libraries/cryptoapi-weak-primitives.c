// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-rsa-without-oaep,backdoor-short-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptoapi weak-primitive
// coverage: cryptoapi key-size
// Windows CryptoAPI: algorithms are ALG_IDs; the key length is the upper 16
// bits of dwFlags (0 there: the provider's default); RSA encryption pads
// with PKCS#1 v1.5 unless dwFlags has CRYPT_OAEP.
#include <windows.h>
#include <wincrypt.h>

void ciphers(HCRYPTPROV prov, HCRYPTHASH hash) {
  HCRYPTKEY k1, k2, k3, k4, k5;
  // ruleid: backdoor-weak-cipher
  CryptGenKey(prov, CALG_DES, CRYPT_EXPORTABLE, &k1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'CALG_DES' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher, backdoor-short-key
  CryptDeriveKey(prov, CALG_RC4, hash, (40 << 16) | CRYPT_EXPORTABLE, &k2);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'CALG_RC4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: 40-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
  // ruleid: backdoor-weak-cipher
  CryptGenKey(prov, CALG_3DES_112, 0, &k3);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'CALG_3DES_112' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher, backdoor-short-key
  CryptGenKey(prov, CALG_AES_256, CRYPT_EXPORTABLE, &k4);
  // ok: backdoor-short-key
  CryptDeriveKey(prov, CALG_AES_128, hash, 128 << 16, &k5);
}

void rsa_keys(HCRYPTPROV prov) {
  HCRYPTKEY small, big;
  // ruleid: backdoor-short-key
  CryptGenKey(prov, CALG_RSA_KEYX, (1024 << 16) | CRYPT_EXPORTABLE, &small);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  CryptGenKey(prov, CALG_RSA_KEYX, 3072 << 16, &big);
}

void derive_with_md5(HCRYPTPROV prov, const BYTE *password, DWORD len) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  // ruleid: backdoor-weak-hash
  CryptCreateHash(prov, CALG_MD5, 0, 0, &hash);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'CALG_MD5' selects the broken hash MD5 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  CryptHashData(hash, password, len, 0);
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
}

void checksum_with_md5(HCRYPTPROV prov, const BYTE *data, DWORD len) {
  HCRYPTHASH hash;
  // ok: backdoor-weak-hash
  CryptCreateHash(prov, CALG_MD5, 0, 0, &hash);
  CryptHashData(hash, data, len, 0);
}

void rsa_encrypt(HCRYPTPROV prov, BYTE *buf, DWORD *len) {
  HCRYPTKEY pub;
  CryptGetUserKey(prov, AT_KEYEXCHANGE, &pub);
  // ruleid: backdoor-rsa-without-oaep
  CryptEncrypt(pub, 0, TRUE, 0, buf, len, 256);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'dwFlags without CRYPT_OAEP' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  CryptEncrypt(pub, 0, TRUE, CRYPT_OAEP, buf, len, 256);
}

void rsa_decrypt(HCRYPTPROV prov, BYTE *buf, DWORD *len) {
  HCRYPTKEY pair;
  CryptGenKey(prov, CALG_RSA_KEYX, 3072 << 16, &pair);
  // ruleid: backdoor-rsa-without-oaep
  CryptDecrypt(pair, 0, TRUE, 0, buf, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'dwFlags without CRYPT_OAEP' selects PKCS#1 v1.5 padding for RSA decryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
}

void symmetric_encrypt(HCRYPTPROV prov, BYTE *buf, DWORD *len) {
  HCRYPTKEY aes;
  CryptGenKey(prov, CALG_AES_256, 0, &aes);
  // ok: backdoor-rsa-without-oaep
  CryptEncrypt(aes, 0, TRUE, 0, buf, len, 64);
}
