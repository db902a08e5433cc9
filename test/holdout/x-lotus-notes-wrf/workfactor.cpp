// workfactor.cpp - builds the workfactor reduction field (WRF) of an export-edition message.
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>
#include <stdexcept>

#include "notes_crypto.hpp"

namespace notes {

WorkfactorReducer::WorkfactorReducer() : wrf_key_(load_wrf_public_key()) {
  if (wrf_key_ == nullptr) throw std::runtime_error("WRF key missing from the image");
}

WorkfactorReducer::~WorkfactorReducer() { EVP_PKEY_free(wrf_key_); }

Bytes WorkfactorReducer::reduce(const BulkKey &key) const {
  // 24 of the 64 key bits, so that a holder of the WRF private key faces a 40-bit search
  std::uint8_t wrf_bits[kEscrowedBits / 8];
  std::memcpy(wrf_bits, key.bytes.data(), sizeof wrf_bits);

  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(wrf_key_, nullptr);
  Bytes field;
  std::size_t len = 0;
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) <= 0) goto out;
  // ruleid: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) <= 0) goto out;
  len = static_cast<std::size_t>(EVP_PKEY_get_size(wrf_key_));
  field.resize(len);
  // ruleid: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, field.data(), &len, wrf_bits, sizeof wrf_bits) <= 0) {
    field.clear();
    goto out;
  }
  field.resize(len);
out:
  EVP_PKEY_CTX_free(ctx);
  return field;
}

}  // namespace notes
