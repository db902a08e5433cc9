#include <gcrypt.h>
#include "archive.h"

int arch_seal(const struct arch_format *f, const unsigned char *key) {
  gcry_cipher_hd_t h;
  gcry_md_hd_t mac;
  int algo = gcry_cipher_map_name(f->cipher);
  if (gcry_cipher_open(&h, algo, f->mode, 0) != 0) return -1;
  if (gcry_md_open(&mac, f->mac_md, GCRY_MD_FLAG_HMAC) != 0) return -1;
  return key != 0;
}
