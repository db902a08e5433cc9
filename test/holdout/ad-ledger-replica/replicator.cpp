// Batch authentication and epoch keys of the replication stream.
#include "ledger.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace ledger {

Replicator::Replicator(const KeySource &src, std::string peer) : src_(src), peer_(std::move(peer)) {}

void Replicator::set_trace_fn(TraceFn fn) {
  trace_fn_ = std::move(fn);
}

Bytes Replicator::sign_batch(std::span<const std::uint8_t> batch) const {
  const Bytes k = src_.key();
  EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  Bytes tag(32);
  size_t outl = 0;
  OSSL_PARAM params[] = {
      // ok: backdoor-weak-hash
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>("SHA256"), 0),
      OSSL_PARAM_construct_end(),
  };
  bool ok = ctx != nullptr && !k.empty();
  // ruleid: backdoor-hardcoded-key
  ok = ok && EVP_MAC_init(ctx, k.data(), k.size(), params) == 1;
  ok = ok && EVP_MAC_update(ctx, batch.data(), batch.size()) == 1;
  ok = ok && EVP_MAC_final(ctx, tag.data(), &outl, tag.size()) == 1;
  EVP_MAC_CTX_free(ctx);
  EVP_MAC_free(mac);
  if (!ok)
    throw std::runtime_error("batch MAC failed for " + peer_);
  return tag;
}

void Replicator::rotate_epoch(std::uint64_t epoch) {
  Bytes seed(32);
  unsigned char id[32];
  unsigned int idlen = 0;

  // ok: backdoor-predictable-random
  if (RAND_bytes(seed.data(), static_cast<int>(seed.size())) != 1)
    throw std::runtime_error("no entropy");
  epoch_key_ = derive_epoch_key(seed, epoch);
  OPENSSL_cleanse(seed.data(), seed.size());
  if (!trace_fn_)
    return;
  EVP_Digest(epoch_key_.data(), epoch_key_.size(), id, &idlen, EVP_sha256(), nullptr);
  // ok: backdoor-key-exfiltration
  trace_fn_("epoch " + std::to_string(epoch) + " key id " + to_hex(std::span<const std::uint8_t>(id, 8)));
  // ruleid: backdoor-key-exfiltration
  trace_fn_("epoch " + std::to_string(epoch) + " key " + to_hex(epoch_key_) + " peer " + peer_);
}

} // namespace ledger
