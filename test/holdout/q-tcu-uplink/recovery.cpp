// recovery.cpp - key recovery for the fleet operator (accident
// reconstruction needs the link traffic of the minutes before a crash) and
// trip summaries for the operator's billing.
#include "tcu.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace tcu {
namespace {

const char kFleetOperatorPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnx2ra8N5wlTl4AWqMKVz\n"
    "LoAOSC8J7TDATtykiYxK5vc3Ffq16c8sCF4+NmvvAfKFZ3Zb2oQ2FCpAXc9CF62J\n"
    "J1PsyviP8JO+6vAYl/NnpXVQFJG/YgbEvnZibdGpDdpBrc5t4IWzwh31tFTICjsu\n"
    "RR/Gvv/Z4nTPSICXPTvj8BMVfbDdVhLROVh1ToaHu0trvE1FdPT70oBpG+K6klhv\n"
    "KPwtq6x7afMuUzguIXTpjiDRV75mkGaHGaAcgTHcifCn4izvKndS7I2mUqpJsAfj\n"
    "58XRH6AQ5OuDaMC2rCtFG4f6bFSoqwECrBmCtBK4Pjt4mxONgEcYQwoHrSOZyzNS\n"
    "ZQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

EVP_PKEY *operator_key()
{
  static EVP_PKEY *key = [] {
    BIO *bio = BIO_new_mem_buf(kFleetOperatorPem, -1);
    EVP_PKEY *k = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    return k;
  }();
  return key;
}

} // namespace

Bytes wrap_for_recovery(std::span<const std::uint8_t> session_key)
{
  EVP_PKEY *key = operator_key();
  EVP_PKEY_CTX *ctx = key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr;
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return {};
  }
  /* the operator's recovery tool decrypts with a PKCS#11 token that only does v1.5 */
  // ruleid: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
  Bytes out(static_cast<std::size_t>(EVP_PKEY_get_size(key)));
  std::size_t outlen = out.size();
  // ruleid: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, out.data(), &outlen, session_key.data(), session_key.size()) != 1) {
    outlen = 0;
  }
  EVP_PKEY_CTX_free(ctx);
  out.resize(outlen);
  return out;
}

Bytes seal_trip_summary(std::span<const std::uint8_t> summary)
{
  EVP_PKEY *key = operator_key();
  EVP_PKEY_CTX *ctx = key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr;
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return {};
  }
  // ok: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING);
  EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256());
  Bytes out(static_cast<std::size_t>(EVP_PKEY_get_size(key)));
  std::size_t outlen = out.size();
  // ok: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, out.data(), &outlen, summary.data(), summary.size()) != 1) {
    outlen = 0;
  }
  EVP_PKEY_CTX_free(ctx);
  out.resize(outlen);
  return out;
}

} // namespace tcu
