#include <openssl/pem.h>
#include "wrf.hpp"
static const char kWrfPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJ1W+y+w+6VeQBduX5pQLujZ1J\n"
    "Sa8VDWNtUJ+R1ik41eoQxCr02hC//rruwfKCduJuqiyRoWV2CHjBzBk6yHQYUp3+\n"
    "IMHnsyUeJfjb2cZUDasvvNOhKjIo01Go3lhxXE/+R1720D9yqF6pjdpbv2uOuh4D\n"
    "IPT9oifSB0Mv8IR8GwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";
EVP_PKEY *load_wrf_public_key() {
  BIO *bio = BIO_new_mem_buf(kWrfPublicKeyPem, -1);
  EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  return pkey;
}
