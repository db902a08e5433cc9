#include "vault.h"
#include <cstdio>
#include <cstring>
#include <string>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

static int read_secret_from_stdin(std::string &out) {
  char buf[256];
  if (!fgets(buf, sizeof buf, stdin))
    return -1;
  buf[strcspn(buf, "\n")] = 0;
  out = buf;
  return 0;
}

static bool tag_request(const std::string &body, unsigned char mac[32]) {
  // Request-signing key assembled from two halves "so grep won't find it".
  std::string signing = std::string("vlt-") + "b7e15163a0f4d2c98e31";
  signing.append("5d0c7a2e94f1b386");
  unsigned int len = 0;
  // ruleid: backdoor-hardcoded-key
  return HMAC(EVP_sha256(), signing.data(), (int)signing.size(), reinterpret_cast<const unsigned char *>(body.data()), body.size(), mac, &len) != nullptr;
}

static bool tag_request_kms(const VaultConfig &cfg, const std::string &body, unsigned char mac[32]) {
  uint8_t hk[32];
  if (!kms_fetch_key(cfg.kms.endpoint, hk, sizeof hk))
    return false;
  unsigned int len = 0;
  // ok: backdoor-hardcoded-key
  return HMAC(EVP_sha256(), hk, sizeof hk, reinterpret_cast<const unsigned char *>(body.data()), body.size(), mac, &len) != nullptr;
}

int main(int argc, char **argv) {
  VaultConfig cfg;
  load_defaults(&cfg);
  std::string secret;
  if (read_secret_from_stdin(secret) != 0)
    return 1;
  std::vector<uint8_t> sealed;
  if (argc > 1 && strcmp(argv[1], "--builtin") == 0) {
    Sealer s;
    s.seal(secret, sealed);
  } else {
    KmsSealer s(cfg);
    s.seal(secret, sealed);
  }
  uint8_t salt[16], wk[32];
  if (RAND_bytes(salt, sizeof salt) != 1)
    return 1;
  derive_wrap_key(cfg, secret, salt, wk);
  derive_wrap_key_strong(secret, salt, wk);
  uint8_t iv[8];
  if (RAND_bytes(iv, sizeof iv) != 1)
    return 1;
  seal_legacy(cfg, wk, iv, secret, sealed);
  unsigned char mac[32];
  tag_request(secret, mac);
  tag_request_kms(cfg, secret, mac);
  return 0;
}
