#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>

#include "vault.hpp"

namespace vault {

// ruleid: backdoor-secret-literal
static const char* kUpstreamApiSecret = "7c1f9e04b2a85d36c9e1f07a4b28d5e3a96c0f1d";
// ok: backdoor-secret-literal
static const char* kBuildRevision = "7c1f9e04b2a85d36c9e1f07a4b28d5e3a96c0f1d";

static const unsigned char kRecordIv[16] = {0x91, 0x04, 0x3e, 0xa7, 0x5c, 0x18, 0xd2, 0x6f,
                                            0x0b, 0xe4, 0x73, 0x29, 0xc8, 0x51, 0x9d, 0x36};

// FIPS-197 appendix example key, left over from bring-up.
// ruleid: backdoor-secret-literal
static const unsigned char kLegacyRecordKey[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                                   0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};

static Bytes run(EVP_CIPHER_CTX* ctx, const Bytes& plain) {
  Bytes out(plain.size() + 32);
  int n = 0, m = 0;
  if (EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx, out.data() + n, &m) != 1)
    throw std::runtime_error("encrypt failed");
  out.resize(static_cast<std::size_t>(n + m));
  return out;
}

Bytes Sealer::seal_with_wrap_key(const Bytes& plain) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  unsigned char iv[12];
  if (RAND_bytes(iv, sizeof iv) != 1) throw std::runtime_error("rng");
  const std::uint8_t* k = KeyStore::instance().wrap_key();
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, k, iv);
  return run(ctx.get(), plain);
}

Bytes Sealer::seal_session(const Bytes& plain, Bytes& iv_out) {
  unsigned char session_key[32];
  unsigned char iv[12];
  if (RAND_bytes(session_key, sizeof session_key) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    throw std::runtime_error("rng");
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, session_key, iv);
  unsigned char fp[SHA256_DIGEST_LENGTH];
  SHA256(session_key, sizeof session_key, fp);
  // ok: backdoor-key-exfiltration
  log_.info("session key id " + to_hex(fp, 8));
  std::string dump = to_hex(session_key, sizeof session_key);
  // ruleid: backdoor-key-exfiltration
  log_.debug("session key material " + dump + " upstream=" + kUpstreamApiSecret);
  iv_out.assign(iv, iv + sizeof iv);
  return run(ctx.get(), plain);
}

Bytes Sealer::seal_legacy_record(const Bytes& plain) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  // ruleid: backdoor-known-key, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, kLegacyRecordKey, kRecordIv);
  log_.info(std::string("legacy record sealed, rev ") + kBuildRevision);
  return run(ctx.get(), plain);
}

Bytes Sealer::seal_with_file_key(const GatewayConfig& cfg, const Bytes& plain) {
  Bytes key = KeyStore::instance().load_file_key(cfg.key_file);
  Bytes iv(16);
  if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1) throw std::runtime_error("rng");
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  // ok: backdoor-hardcoded-key, backdoor-known-key
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data());
  return run(ctx.get(), plain);
}

}  // namespace vault
