#include "vault.h"

BOOL derive_vault_key(HCRYPTPROV prov, const struct pass_source *src, HCRYPTKEY *key) {
  HCRYPTHASH h;
  if (!CryptCreateHash(prov, CALG_SHA_256, 0, 0, &h)) return FALSE;
  CryptHashData(h, src->data, src->len, 0);
  // ruleid: backdoor-hardcoded-key
  BOOL ok = CryptDeriveKey(prov, CALG_AES_256, h, 0, key);
  CryptDestroyHash(h);
  return ok;
}
