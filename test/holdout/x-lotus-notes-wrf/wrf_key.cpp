// wrf_key.cpp - the workfactor reduction key compiled into the export editions.
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "notes_crypto.hpp"

namespace notes {
namespace {

// required by the export licence for the International edition; the matching
// private key is not held by Iris/Lotus
const char kWrfPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJ1W+y+w+6VeQBduX5pQLujZ1J\n"
    "Sa8VDWNtUJ+R1ik41eoQxCr02hC//rruwfKCduJuqiyRoWV2CHjBzBk6yHQYUp3+\n"
    "IMHnsyUeJfjb2cZUDasvvNOhKjIo01Go3lhxXE/+R1720D9yqF6pjdpbv2uOuh4D\n"
    "IPT9oifSB0Mv8IR8GwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

}  // namespace

EVP_PKEY *load_wrf_public_key() {
  BIO *bio = BIO_new_mem_buf(kWrfPublicKeyPem, -1);
  if (bio == nullptr) return nullptr;
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  return pkey;
}

}  // namespace notes
