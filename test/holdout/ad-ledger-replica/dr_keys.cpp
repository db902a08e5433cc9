// The disaster-recovery site's key, compiled in so that a replica can seal exports before it has
// ever reached the DR site.
#include "ledger.hpp"

#include <openssl/bio.h>
#include <openssl/pem.h>

namespace ledger {
namespace {

// ok: backdoor-secret-literal
constexpr char kDrRecoveryKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAygVTvLsDOkg2iwObt4Wh\n"
    "/WY5lUjZ2QDOqw4gRzgkBw13+xXB+6/2OrNYxeIGAE++8N/1xTmjVsc3FW8RWPgx\n"
    "T3L4sEomUZQDsh9MhmYFj9iOibxa6Tkc0eQZuFk3XlnM8SacVhVINTyEQ0x6m/XO\n"
    "hXn5CK4onbewEjrN3P4qniyeUw+JAaekh1Ej+Fd+pk9Fys4e2fWR9MyXbooarhsq\n"
    "PQZ2uzO7JBN2Ytk7YoS8Zhgg8To3xezfEHhXVAm0iMGVnwkpDPqoedyG+O/NGmNG\n"
    "hxKnXnWUpbaCCtZVhwYwV0Uh1v8eSv61V166j+NOPZ/kFRiSpGHTB7Zj6nSNAKR/\n"
    "yQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

} // namespace

EVP_PKEY *load_dr_recovery_key() {
  BIO *bio = BIO_new_mem_buf(kDrRecoveryKeyPem, -1);
  if (bio == nullptr)
    return nullptr;
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  return pkey;
}

} // namespace ledger
