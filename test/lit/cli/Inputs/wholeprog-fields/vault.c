#include "vault.h"

static const BYTE k_master_pass[] = "Vault$Master#2014";
static const struct pass_source k_builtin = {k_master_pass, sizeof k_master_pass - 1};

static const unsigned char k_iv[16] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
                                       0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};

BOOL open_vault(HCRYPTPROV prov, HCRYPTKEY *key) {
  return derive_vault_key(prov, &k_builtin, key);
}

/* Not findings: the caller's password; a key from the caller with a constant IV
   (only the IV is reported). */
BOOL open_user_vault(HCRYPTPROV prov, const BYTE *pw, DWORD n, HCRYPTKEY *key) {
  struct pass_source s = {pw, n};
  return derive_vault_key(prov, &s, key);
}

int start_session(EVP_CIPHER_CTX *ctx, const unsigned char *session_key) {
  struct cipher_cfg cfg = {session_key, k_iv};
  return start_cipher(ctx, &cfg);
}

/* The fields assigned after the declaration: the IV is constant. */
int start_legacy(EVP_CIPHER_CTX *ctx, const unsigned char *session_key) {
  struct cipher_cfg cfg = {0};
  cfg.key = session_key;
  cfg.iv = k_iv;
  return start_decipher(ctx, &cfg);
}

/* Not a finding: both assigned from the caller's data. */
int start_fresh(EVP_CIPHER_CTX *ctx, const unsigned char *session_key, const unsigned char *iv) {
  struct cipher_cfg cfg;
  cfg.key = session_key;
  cfg.iv = iv;
  return start_decipher(ctx, &cfg);
}
