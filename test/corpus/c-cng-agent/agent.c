#include <stddef.h>
#include <windows.h>
#include <bcrypt.h>

struct agent_cfg { LPCWSTR cipher; LPCWSTR mode; ULONG iterations; };
static const struct agent_cfg k_legacy_cfg = {BCRYPT_3DES_ALGORITHM, BCRYPT_CHAIN_MODE_ECB, 1000};
static const struct agent_cfg k_cfg = {BCRYPT_AES_ALGORITHM, BCRYPT_CHAIN_MODE_GCM, 600000};

NTSTATUS open_spool_cipher(BCRYPT_ALG_HANDLE *alg) {
  // ruleid: backdoor-weak-cipher
  NTSTATUS s = BCryptOpenAlgorithmProvider(alg, BCRYPT_DES_ALGORITHM, NULL, 0);
  return s;
}

NTSTATUS open_cache_cipher(BCRYPT_ALG_HANDLE *alg) {
  // ok: backdoor-weak-cipher
  NTSTATUS s = BCryptOpenAlgorithmProvider(alg, BCRYPT_AES_ALGORITHM, NULL, 0);
  if (s < 0) return s;
  // ruleid: backdoor-ecb-mode
  return BCryptSetProperty(*alg, BCRYPT_CHAINING_MODE, (UCHAR *)BCRYPT_CHAIN_MODE_ECB,
                           sizeof(BCRYPT_CHAIN_MODE_ECB), 0);
}

NTSTATUS open_cache_cipher_v2(BCRYPT_ALG_HANDLE *alg) {
  NTSTATUS s = BCryptOpenAlgorithmProvider(alg, k_cfg.cipher, NULL, 0);
  if (s < 0) return s;
  // ok: backdoor-ecb-mode
  return BCryptSetProperty(*alg, BCRYPT_CHAINING_MODE, (UCHAR *)k_cfg.mode, sizeof(BCRYPT_CHAIN_MODE_GCM), 0);
}

NTSTATUS derive_agent_key(BCRYPT_ALG_HANDLE prf, UCHAR *pw, ULONG n, UCHAR *salt, UCHAR *key) {
  // ruleid: backdoor-weak-kdf
  return BCryptDeriveKeyPBKDF2(prf, pw, n, salt, 16, k_legacy_cfg.iterations, key, 32, 0);
}

NTSTATUS derive_agent_key_v2(BCRYPT_ALG_HANDLE prf, UCHAR *pw, ULONG n, UCHAR *salt, UCHAR *key) {
  // ok: backdoor-weak-kdf
  return BCryptDeriveKeyPBKDF2(prf, pw, n, salt, 16, k_cfg.iterations, key, 32, 0);
}

static UCHAR k_spool_key[16] = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
                                0x99, 0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};

NTSTATUS spool_key(BCRYPT_ALG_HANDLE alg, BCRYPT_KEY_HANDLE *key) {
  // ruleid: backdoor-hardcoded-key
  return BCryptGenerateSymmetricKey(alg, key, NULL, 0, k_spool_key, sizeof k_spool_key, 0);
}

NTSTATUS agent_identity(BCRYPT_KEY_HANDLE *key) {
  BCRYPT_ALG_HANDLE rsa;
  BCryptOpenAlgorithmProvider(&rsa, BCRYPT_RSA_ALGORITHM, NULL, 0);
  // ruleid: backdoor-short-key
  NTSTATUS s = BCryptGenerateKeyPair(rsa, key, 1024, 0);
  if (s < 0) return s;
  return BCryptFinalizeKeyPair(*key, 0);
}

NTSTATUS agent_identity_v2(BCRYPT_KEY_HANDLE *key) {
  BCRYPT_ALG_HANDLE rsa;
  BCryptOpenAlgorithmProvider(&rsa, BCRYPT_RSA_ALGORITHM, NULL, 0);
  // ok: backdoor-short-key
  NTSTATUS s = BCryptGenerateKeyPair(rsa, key, 3072, 0);
  if (s < 0) return s;
  return BCryptFinalizeKeyPair(*key, 0);
}

NTSTATUS file_hash(BCRYPT_ALG_HANDLE *alg) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  return BCryptOpenAlgorithmProvider(alg, BCRYPT_MD5_ALGORITHM, NULL, 0);
}
