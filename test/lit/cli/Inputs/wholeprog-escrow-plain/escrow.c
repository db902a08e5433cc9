#include <openssl/evp.h>
#include "recovery.h"
/* SubjectPublicKeyInfo (SEQUENCE { AlgorithmIdentifier { OID ... } ... }), cut short. */
static const unsigned char kVendorSPKI[] = {0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09,
                                            0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01};
static int wrap_vendor(const unsigned char *data, size_t n, unsigned char *out, size_t *outlen) {
  const unsigned char *p = kVendorSPKI;
  EVP_PKEY *vendor = d2i_PUBKEY(NULL, &p, sizeof kVendorSPKI);
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(vendor, NULL);
  EVP_PKEY_encrypt_init(ctx);
  return EVP_PKEY_encrypt(ctx, out, outlen, data, n);
}
int wrap_for_recovery(const unsigned char *dek, size_t n, unsigned char *out, size_t *outlen) {
  return wrap_vendor(dek, n, out, outlen);
}
int wrap_note(const unsigned char *note, size_t n, unsigned char *out, size_t *outlen) {
  return wrap_vendor(note, n, out, outlen);
}
