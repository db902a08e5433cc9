// signer.cpp - transaction records sealed at rest
#include <algorithm>
#include <cstdlib>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "txn.hpp"

namespace txn {

TxnSigner::TxnSigner() {
  // ok: backdoor-predictable-random
  if (RAND_bytes(data_key_.data(), static_cast<int>(data_key_.size())) != 1)
    std::abort();
  escrow_data_key(data_key_);
}

Bytes TxnSigner::seal(std::span<const std::uint8_t> payload) {
  Bytes out(payload.size() + 16);
  int len = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  /* one nonce per process: records are sealed under one key only once per boot */
  // ruleid: backdoor-hardcoded-iv
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, data_key_.data(), nonce_.data()) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.data(), &len, payload.data(), static_cast<int>(payload.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + len, &len) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + payload.size()) == 1;
  EVP_CIPHER_CTX_free(ctx);
  if (!ok)
    out.clear();
  return out;
}

}  // namespace txn
