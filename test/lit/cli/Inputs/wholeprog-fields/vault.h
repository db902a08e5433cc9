#include <windows.h>
#include <wincrypt.h>
#include <openssl/evp.h>
struct pass_source { const BYTE *data; DWORD len; };
struct cipher_cfg { const unsigned char *key; const unsigned char *iv; };
BOOL derive_vault_key(HCRYPTPROV prov, const struct pass_source *src, HCRYPTKEY *key);
int start_cipher(EVP_CIPHER_CTX *ctx, const struct cipher_cfg *cfg);
int start_decipher(EVP_CIPHER_CTX *ctx, const struct cipher_cfg *cfg);
