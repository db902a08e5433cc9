// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptoapi hardcoded-key
// coverage: cryptoapi password-kdf
// coverage: cryptoapi randomness
// Windows CryptoAPI: keys imported from constant blobs, and keys derived
// (CryptDeriveKey) from a hash object fed a constant password, however the
// password travels to CryptHashData: directly, through a struct, an array of
// strings, a void pointer, a helper function. CryptGenRandom's result must be
// checked.
#include <windows.h>
#include <wincrypt.h>
#include <string.h>

static const BYTE kPlainBlob[] = {0x08, 0x02, 0x00, 0x00, 0x10, 0x66, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00,
                                  0x3a, 0x91, 0x5c, 0x07, 0xe2, 0x48, 0xbd, 0x16, 0x9f, 0x63, 0xc4, 0x2e,
                                  0x71, 0xd8, 0x05, 0xaa, 0x4b, 0xf0, 0x36, 0x8c, 0x52, 0xe9, 0x1d, 0x77,
                                  0xb0, 0x6a, 0xc3, 0x24, 0x8e, 0x5f, 0x13, 0xd1};

void import_constant(HCRYPTPROV prov) {
  HCRYPTKEY key;
  // ruleid: backdoor-hardcoded-key
  CryptImportKey(prov, kPlainBlob, sizeof kPlainBlob, 0, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: hardcoded key 'kPlainBlob' reaches the key of 'CryptImportKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void import_public(HCRYPTPROV prov) {
  static const BYTE kPubBlob[] = {0x06, 0x02, 0x00, 0x00, 0x00, 0xa4, 0x00, 0x00};
  HCRYPTKEY key;
  // ok: backdoor-hardcoded-key
  CryptImportKey(prov, kPubBlob, sizeof kPubBlob, 0, 0, &key);
}

struct Credentials {
  const char *user;
  const char *password;
};
static const struct Credentials kService = {"svc", "Winter2026!Vault"};
static const char *const kPasswords[] = {"first-fallback-pw", "second-fallback-pw"};

void derive_direct(HCRYPTPROV prov) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, (const BYTE *)"VendorMasterPassphrase", 22, 0);
  // ruleid: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: a hardcoded key (computed from constant data) reaches the key of 'CryptDeriveKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void derive_struct(HCRYPTPROV prov) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, (const BYTE *)kService.password, (DWORD)strlen(kService.password), 0);
  // ruleid: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: hardcoded key 'password' (computed from constant data) reaches the key of 'CryptDeriveKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void derive_array(HCRYPTPROV prov, int which) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, (const BYTE *)kPasswords[1], 18, 0);
  // ruleid: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: hardcoded key 'kPasswords' (computed from constant data) reaches the key of 'CryptDeriveKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

static void feed(HCRYPTHASH hash, const void *data, DWORD len) {
  CryptHashData(hash, (const BYTE *)data, len, 0);
}

void derive_helper(HCRYPTPROV prov) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  const void *secret = "HelperPassphrase2026";
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  feed(hash, secret, 20);
  // ruleid: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: hardcoded key 'secret' (computed from constant data) reaches the key of 'CryptDeriveKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void derive_user_password(HCRYPTPROV prov, const char *password) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, (const BYTE *)password, (DWORD)strlen(password), 0);
  // ok: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
}

void random_key(HCRYPTPROV prov, BYTE *key) {
  // ruleid: backdoor-predictable-random
  CryptGenRandom(prov, 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'CryptGenRandom' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
}

int random_key_checked(HCRYPTPROV prov, BYTE *key) {
  // ok: backdoor-predictable-random
  if (!CryptGenRandom(prov, 32, key))
    return -1;
  return 0;
}
