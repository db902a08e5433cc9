// Epoch exports: the ledger state of a closed epoch, sealed with a fresh data key that is wrapped for
// the customer's archive key and for the DR site.
#include "ledger.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace ledger {
namespace {

bool wrap_key(EVP_PKEY *pub, const Bytes &dek, Bytes &out) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(pub, nullptr);
  size_t outlen = 0;
  bool ok = pctx != nullptr && EVP_PKEY_encrypt_init(pctx) == 1;
  // ok: backdoor-rsa-without-oaep
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) == 1;
  ok = ok && EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) == 1;
  ok = ok && EVP_PKEY_encrypt(pctx, nullptr, &outlen, dek.data(), dek.size()) == 1;
  if (ok) {
    out.resize(outlen);
    // ok: backdoor-escrow-wrap
    ok = EVP_PKEY_encrypt(pctx, out.data(), &outlen, dek.data(), dek.size()) == 1;
    out.resize(outlen);
  }
  EVP_PKEY_CTX_free(pctx);
  return ok;
}

} // namespace

bool export_epoch(std::span<const std::uint8_t> ledger_state, EVP_PKEY *customer_key, EpochExport &out) {
  Bytes dek(32);
  out.iv.resize(12);
  out.tag.resize(16);
  // ok: backdoor-predictable-random
  if (RAND_bytes(dek.data(), 32) != 1 || RAND_bytes(out.iv.data(), 12) != 1)
    return false;

  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0;
  out.ciphertext.resize(ledger_state.size());
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher
  bool ok = ctx != nullptr && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, dek.data(), out.iv.data()) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.ciphertext.data(), &len, ledger_state.data(), static_cast<int>(ledger_state.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, out.ciphertext.data() + len, &fin) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.tag.data()) == 1;
  EVP_CIPHER_CTX_free(ctx);

  ok = ok && wrap_key(customer_key, dek, out.wrapped_for_customer);

  EVP_PKEY *dr = load_dr_recovery_key();
  EVP_PKEY_CTX *pctx = dr ? EVP_PKEY_CTX_new(dr, nullptr) : nullptr;
  size_t outlen = 512;
  out.wrapped_for_dr.resize(outlen);
  ok = ok && pctx != nullptr && EVP_PKEY_encrypt_init(pctx) == 1;
  // ok: backdoor-rsa-without-oaep
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) == 1;
  // ruleid: backdoor-escrow-wrap
  ok = ok && EVP_PKEY_encrypt(pctx, out.wrapped_for_dr.data(), &outlen, dek.data(), dek.size()) == 1;
  out.wrapped_for_dr.resize(ok ? outlen : 0);
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(dr);
  OPENSSL_cleanse(dek.data(), dek.size());
  return ok;
}

} // namespace ledger
