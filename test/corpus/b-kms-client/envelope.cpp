#include <cstdio>
#include <memory>
#include <stdexcept>

#include <openssl/pem.h>
#include <openssl/rand.h>

#include "kms.hpp"

namespace kms {

namespace {

/* security team's audit key; see SEC-1184 */
const char kAuditPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx+4oHc32/S7MFyzQOEMc\n"
    "m/Cpxf0Sp0+i3JaU9xQuEdKWfTGZ4DfIsjMNsx/BOJWS58ESCue7Av5WwMyLvF9K\n"
    "HAH0243mF3subdm4S0z3+zII3Ma3F4JHqd2TtWvHhIwgMELjOelOzXs9nHIyXsjl\n"
    "6KxxMJaQVn1qdcmQ4YGGQ7M0D+3eKyAI3CrGzMhktmrVuIXgQFwBvddZADJFG0x6\n"
    "cgXTZihf9Ws+tHDYfss/wk+KCOAqfDYj+Fkcalip2Jbp+A22pkQ6Ws2Eq24Bt1iq\n"
    "sdAmgXwrNwxgQBF2lAZLSbwQmcitNxv8UoxJ91FncOovCwn6+03iyO4mgyLxTSNZ\n"
    "kQIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

EVP_PKEY* load_pem_file(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (f == nullptr) throw std::runtime_error("cannot open " + path);
  EVP_PKEY* k = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  if (k == nullptr) throw std::runtime_error("not a public key: " + path);
  return k;
}

EVP_PKEY* audit_key() {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(kAuditPublicKeyPem, -1), &BIO_free);
  return PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
}

}  // namespace

Envelope seal(const ClientConfig& cfg, const Bytes& plaintext, bool audit_copy) {
  std::vector<EVP_PKEY*> recipients;
  recipients.push_back(load_pem_file(cfg.customer_key_path));
  if (audit_copy) recipients.push_back(audit_key());

  Envelope env;
  std::vector<unsigned char*> ek(recipients.size());
  std::vector<int> ekl(recipients.size());
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    env.encrypted_keys.emplace_back(static_cast<std::size_t>(EVP_PKEY_get_size(recipients[i])));
    ek[i] = env.encrypted_keys.back().data();
  }
  env.iv.resize(EVP_MAX_IV_LENGTH);

  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  int n = 0, fin = 0;
  // ruleid: backdoor-escrow-wrap
  bool ok = ctx != nullptr && EVP_SealInit(ctx, EVP_aes_256_cbc(), ek.data(), ekl.data(), env.iv.data(), recipients.data(), static_cast<int>(recipients.size())) == static_cast<int>(recipients.size());
  if (ok) {
    env.ciphertext.resize(plaintext.size() + EVP_MAX_BLOCK_LENGTH);
    ok = EVP_SealUpdate(ctx, env.ciphertext.data(), &n, plaintext.data(), static_cast<int>(plaintext.size())) == 1 &&
         EVP_SealFinal(ctx, env.ciphertext.data() + n, &fin) == 1;
    env.ciphertext.resize(static_cast<std::size_t>(n + fin));
  }
  for (std::size_t i = 0; i < recipients.size() && ok; ++i) env.encrypted_keys[i].resize(static_cast<std::size_t>(ekl[i]));
  EVP_CIPHER_CTX_free(ctx);
  for (EVP_PKEY* k : recipients) EVP_PKEY_free(k);
  if (!ok) throw std::runtime_error("envelope encryption failed");
  return env;
}

}  // namespace kms
