#include "vault.h"

static const BYTE k_master_pass[] = "Vault$Master#2014";
static const struct pass_source k_builtin = {k_master_pass, sizeof k_master_pass - 1};

BOOL open_vault(HCRYPTPROV prov, HCRYPTKEY *key) {
  return derive_vault_key(prov, &k_builtin, key);
}

BOOL open_user_vault(HCRYPTPROV prov, const BYTE *pw, DWORD n, HCRYPTKEY *key) {
  HCRYPTHASH h;
  if (!CryptCreateHash(prov, CALG_SHA_256, 0, 0, &h)) return FALSE;
  // ruleid: backdoor-weak-kdf (one fast hash of the password 'pw' as the key: CryptDeriveKey does not stretch)
  CryptHashData(h, pw, n, 0);
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  BOOL ok = CryptDeriveKey(prov, CALG_AES_256, h, 0, key);
  CryptDestroyHash(h);
  return ok;
}

BOOL make_export_key(HCRYPTPROV prov, HCRYPTKEY *key) {
  // ruleid: backdoor-weak-cipher
  return CryptGenKey(prov, CALG_RC4, CRYPT_EXPORTABLE, key);
}

BOOL make_share_key(HCRYPTPROV prov, HCRYPTKEY *key) {
  // ruleid: backdoor-short-key
  return CryptGenKey(prov, CALG_AES_128, (40 << 16) | CRYPT_EXPORTABLE, key);
}

BOOL make_exchange_key(HCRYPTPROV prov, HCRYPTKEY *key) {
  // ruleid: backdoor-short-key
  return CryptGenKey(prov, CALG_RSA_KEYX, (1024 << 16) | CRYPT_EXPORTABLE, key);
}

BOOL make_exchange_key_v2(HCRYPTPROV prov, HCRYPTKEY *key) {
  // ok: backdoor-short-key
  return CryptGenKey(prov, CALG_RSA_KEYX, (3072 << 16) | CRYPT_EXPORTABLE, key);
}

BOOL wrap_for_peer(HCRYPTKEY rsa, BYTE *buf, DWORD *len, DWORD cap) {
  HCRYPTPROV prov;
  HCRYPTKEY peer;
  CryptAcquireContextA(&prov, NULL, NULL, PROV_RSA_AES, CRYPT_VERIFYCONTEXT);
  CryptGenKey(prov, CALG_RSA_KEYX, (2048 << 16), &peer);
  // ruleid: backdoor-rsa-without-oaep
  BOOL a = CryptEncrypt(peer, 0, TRUE, 0, buf, len, cap);
  // ok: backdoor-rsa-without-oaep
  BOOL b = CryptEncrypt(peer, 0, TRUE, CRYPT_OAEP, buf, len, cap);
  (void)rsa;
  return a && b;
}

BOOL index_hash(HCRYPTPROV prov, const BYTE *p, DWORD n) {
  HCRYPTHASH h;
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  if (!CryptCreateHash(prov, CALG_MD5, 0, 0, &h)) return FALSE;
  CryptHashData(h, p, n, 0);
  return CryptDestroyHash(h);
}
