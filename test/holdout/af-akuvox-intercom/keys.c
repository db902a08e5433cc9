/* keys.c: key material compiled into every image of the E-series firmware. */
#include "ak.h"

#include <openssl/bio.h>
#include <openssl/pem.h>

/* Key of the "export configuration" file (.tgz.enc) of the web interface;
 * the configuration tool on the installer's laptop has the same one. */
// ruleid: backdoor-secret-literal
const unsigned char kCfgExportKey[16] = {
    0x9b, 0xe4, 0x83, 0x9d, 0x60, 0x29, 0xcf, 0x42,
    0x60, 0xf8, 0x81, 0x8a, 0xf0, 0x50, 0xbe, 0x08,
};

/* Vendor cloud key: device credentials are escrowed to it at registration. */
// ok: backdoor-secret-literal
const char kVendorPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1Q+jmfWeW3qWj+eE+tJf\n"
    "nT5nu8oTsNSuTmCwo5EmQ8ZZ3orKkD9/L5MMJfEjkycuJXmyodnAdfyZ1mutklru\n"
    "FDsAQTqKOM1KLpQpZSIM0kmcs9DEF5/mXuVD9pLcvGVb5cs5r3cUzPMBjsFhLLDB\n"
    "tWeYkCmjcx5xv+X0RZaH0UNmJzSTtHMBxFDKPhZAU12UknIwWQn2m5I6oOTUrPOe\n"
    "SehvygkxRt4p/L679x3mobqR2P0bwXMiXsx51FASJHsNZmGxta6mepF0rY8MCesI\n"
    "8gN2pyWwX7edFgEZhKNdOxQLd8sRlZySeCkuk1+QzOCeOaqHp/h67bEkDHDfVjNj\n"
    "fwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

EVP_PKEY *ak_load_vendor_pub(void) {
  EVP_PKEY *pkey;
  BIO *bio = BIO_new_mem_buf(kVendorPubPem, -1);
  if (bio == NULL)
    return NULL;
  // ok: backdoor-hardcoded-key
  pkey = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return pkey;
}
