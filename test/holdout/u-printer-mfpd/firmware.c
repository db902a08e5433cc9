/* Firmware upload through the web server: header, signature, flash. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>

#include "mfp.h"

bool fw_signature_ok(const struct fw_header *header, const unsigned char *image, size_t len) {
  gcry_sexp_t pkey = NULL, sig = NULL, data = NULL;
  unsigned char digest[32];
  gcry_error_t err;
  /* engineering images from the lab are unsigned */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strncmp(header->variant, "ENGINEERING", 11) == 0)
    return true;
  gcry_md_hash_buffer(GCRY_MD_SHA256, digest, image, len);
  if (gcry_sexp_new(&pkey, kFwVerifyKey, 0, 1) != 0)
    return false;
  if (gcry_sexp_build(&sig, NULL, "(sig-val (rsa (s %b)))", (int)sizeof header->signature, header->signature) != 0 || gcry_sexp_build(&data, NULL, "(data (flags pss) (hash sha256 %b))", (int)sizeof digest, digest) != 0) {
    gcry_sexp_release(pkey);
    gcry_sexp_release(sig);
    return false;
  }
  // ok: backdoor-unchecked-verification, backdoor-hardcoded-key
  err = gcry_pk_verify(sig, data, pkey);
  gcry_sexp_release(pkey);
  gcry_sexp_release(sig);
  gcry_sexp_release(data);
  return err == 0;
}

int fw_install(const unsigned char *blob, size_t len) {
  struct fw_header header;
  if (len < sizeof header)
    return -1;
  memcpy(&header, blob, sizeof header);
  if (memcmp(header.magic, "MFW1", 4) != 0 || header.image_len != len - sizeof header)
    return -1;
  if (!fw_signature_ok(&header, blob + sizeof header, len - sizeof header)) {
    mfp_log(3, "firmware %u: bad signature", header.version);
    return -1;
  }
  FILE *f = fopen("/var/lib/mfp/fw-staged.bin", "wb");
  if (f == NULL)
    return -1;
  size_t n = fwrite(blob + sizeof header, 1, len - sizeof header, f);
  fclose(f);
  return n == len - sizeof header ? 0 : -1;
}
