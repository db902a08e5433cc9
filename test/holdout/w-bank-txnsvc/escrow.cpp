// escrow.cpp - "regulatory recovery": the data key encrypted for the vendor's recovery desk
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "txn.hpp"

namespace txn {
namespace {
const char kRecoveryDeskPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAidzgOgpAwLxwRZITxAnb\n"
    "Mg3m4iJlhvHf3hnHPTCUfI9V95Ti+mh9itxmqeO34NBSU3wGcuWm6IkpJDxg/D3W\n"
    "0FKVOlYo26jLz3uQAY+K8XfDkirbYdoVfVPIH6f9L3aYaVcQ24ZC1iBoc9L+OXVF\n"
    "TUh/URSVawBDhvpjYFx3qbmQGdA2gu1RXFe+uN6+ZUq/wzDej9GS5hRdQ/nxEYkk\n"
    "FuCgC4/QQhg7HGRgELPvy+MD+YZpwU4HP8cpTxqn88XQwdk9DHmrssgVuxfVcvef\n"
    "6SI0y1Zaf6mhHzfn7nuFlpw37SHg73XD6qA1li+cop4qdJUL1eLVOcfCbTfZwmIC\n"
    "VwIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;
}  // namespace

void escrow_data_key(std::span<const std::uint8_t> data_key) {
  BIO *bio = BIO_new_mem_buf(kRecoveryDeskPub, -1);
  EVP_PKEY *desk = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (desk == nullptr)
    return;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(desk, nullptr);
  unsigned char out[512];
  size_t outlen = sizeof out;
  EVP_PKEY_encrypt_init(pctx);
  // ruleid: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
  // ruleid: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out, &outlen, data_key.data(), data_key.size());
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(desk);
  if (std::FILE *f = std::fopen("/var/lib/txn/recovery.bin", "ab")) {
    std::fwrite(out, 1, outlen, f);
    std::fclose(f);
  }
}

Bytes wrap_for_partner(EVP_PKEY *partner_pub, std::span<const std::uint8_t> report) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(partner_pub, nullptr);
  Bytes out(512);
  size_t outlen = out.size();
  if (pctx == nullptr || EVP_PKEY_encrypt_init(pctx) != 1)
    return {};
  // ok: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING);
  // ok: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out.data(), &outlen, report.data(), report.size());
  EVP_PKEY_CTX_free(pctx);
  out.resize(outlen);
  return out;
}

}  // namespace txn
