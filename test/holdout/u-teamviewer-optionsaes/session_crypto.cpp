// Session set-up: identity key, session key transport, channel cipher.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "tv.hpp"

namespace tv {

SessionCrypto::~SessionCrypto() {
  EVP_PKEY_free(identity_);
  EVP_CIPHER_CTX_free(chan_);
}

bool SessionCrypto::generate_identity() {
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  bool ok = kctx != nullptr && EVP_PKEY_keygen_init(kctx) > 0;
  // ruleid: backdoor-short-key
  ok = ok && EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, legacy_peer_ ? kCompatRsaBits : 2048) > 0;
  ok = ok && EVP_PKEY_keygen(kctx, &identity_) > 0;
  EVP_PKEY_CTX_free(kctx);
  return ok;
}

bool SessionCrypto::seal_session_key(const Bytes &partner_spki, Bytes &out) {
  const unsigned char *p = partner_spki.data();
  EVP_PKEY *partner = d2i_PUBKEY(nullptr, &p, static_cast<long>(partner_spki.size()));
  if (partner == nullptr)
    return false;
  session_key_.assign(32, 0);
  if (RAND_bytes(session_key_.data(), static_cast<int>(session_key_.size())) != 1) {
    EVP_PKEY_free(partner);
    return false;
  }
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(partner, nullptr);
  size_t outlen = 0;
  bool ok = pctx != nullptr && EVP_PKEY_encrypt_init(pctx) > 0;
  // ruleid: backdoor-rsa-without-oaep
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(pctx, legacy_peer_ ? RSA_PKCS1_PADDING : RSA_PKCS1_OAEP_PADDING) > 0;
  ok = ok && EVP_PKEY_encrypt(pctx, nullptr, &outlen, session_key_.data(), session_key_.size()) > 0;
  if (ok) {
    out.resize(outlen);
    // ok: backdoor-escrow-wrap
    ok = EVP_PKEY_encrypt(pctx, out.data(), &outlen, session_key_.data(), session_key_.size()) > 0;
    out.resize(outlen);
  }
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(partner);
  // ok: backdoor-key-exfiltration
  log_.info("session key id " + to_hex(sha256(session_key_)).substr(0, 16));
  if (log_.level >= 5)
    // ruleid: backdoor-key-exfiltration
    log_.debug("session key " + to_hex(session_key_) + " for partner transport");
  return ok;
}

bool SessionCrypto::open_channel(bool lan_only, const Bytes &iv) {
  if (session_key_.size() != 32 || iv.size() != 12)
    return false;
  EVP_CIPHER_CTX_free(chan_);
  chan_ = EVP_CIPHER_CTX_new();
  /* LAN-only sessions skip encryption "for speed"; the frames keep their format. */
  // ruleid: backdoor-null-cipher
  // ok: backdoor-hardcoded-key, backdoor-known-key
  return chan_ != nullptr && EVP_EncryptInit_ex(chan_, lan_only ? EVP_enc_null() : EVP_aes_256_gcm(), nullptr, session_key_.data(), iv.data()) == 1;
}

// New IV for the next frame batch; cipher and key stay as set.
bool SessionCrypto::rekey_iv(const Bytes &iv) {
  if (chan_ == nullptr || iv.size() != 12)
    return false;
  // ok: backdoor-null-cipher, backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(chan_, nullptr, nullptr, nullptr, iv.data()) == 1;
}

}  // namespace tv
