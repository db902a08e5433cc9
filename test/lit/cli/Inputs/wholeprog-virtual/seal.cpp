#include "api.h"
#include <openssl/aes.h>
void seal_with(const KeySource &src, AES_KEY *k) { AES_set_encrypt_key(src.key(), 128, k); }
void seal_vault(const Vault &v, AES_KEY *k) { AES_set_encrypt_key(v.secret(), 128, k); }
