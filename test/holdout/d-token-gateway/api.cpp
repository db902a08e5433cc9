#include "gateway.h"
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <random>
#include <vector>
#include <openssl/rand.h>

struct Session {
  std::string user;
  std::string session_token;
  std::string csrf_token;
  std::string api_key;
};

static Session open_session(const std::string &user) {
  Session s;
  s.user = user;
  // ruleid: backdoor-predictable-random
  s.session_token = random_string(32);
  s.csrf_token.assign(24, 'x');
  // ruleid: backdoor-predictable-random
  std::transform(s.csrf_token.begin(), s.csrf_token.end(), s.csrf_token.begin(), [](char) { return "abcdefghijklmnopqrstuvwxyz0123456789"[rand() % 36]; });
  return s;
}

static bool issue_api_key(Session &s) {
  unsigned char raw[24];
  if (RAND_bytes(raw, sizeof raw) != 1)
    return false;
  static const char kHex[] = "0123456789abcdef";
  s.api_key.clear();
  for (unsigned char b : raw) {
    // ok: backdoor-predictable-random
    s.api_key += kHex[b >> 4];
    s.api_key += kHex[b & 15];
  }
  return true;
}

static bool encrypt_export(const unsigned char *k, const std::string &in, std::vector<unsigned char> &out) {
  uint8_t nonce[12];
  fill_bytes(nonce, sizeof nonce);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  out.resize(in.size() + 16);
  int n = 0;
  // ruleid: backdoor-predictable-random
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, nonce) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.data(), &n, reinterpret_cast<const unsigned char *>(in.data()), (int)in.size()) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

static int retry_delay_ms() {
  std::random_device rd;
  std::mt19937 gen(rd());
  std::uniform_int_distribution<int> jitter(50, 250);
  // ok: backdoor-predictable-random
  return jitter(gen);
}

int main(int argc, char **argv) {
  srand(static_cast<unsigned>(time(nullptr)));
  rng_init();
  Session s = open_session(argc > 1 ? argv[1] : "anonymous");
  issue_api_key(s);
  std::string body = "{\"event\":\"login\"}";
  std::string legacy_sig = sign_payload(EVP_sha256(), kWebhookSigningKey, body);
  // ruleid: backdoor-weak-hash
  std::string v1_sig = sign_payload(EVP_sha1(), kWebhookSigningKey, body);
  std::string file_key;
  if (!load_signing_key(file_key))
    return 1;
  // ok: backdoor-hardcoded-key, backdoor-weak-hash
  std::string sig = sign_payload(EVP_sha256(), file_key, body);
  bool same = signatures_match(sig, legacy_sig) || signatures_match_ct(sig, v1_sig);
  unsigned char k[32];
  // ok: backdoor-predictable-random
  if (RAND_bytes(k, sizeof k) != 1)
    return 1;
  std::vector<unsigned char> out;
  encrypt_export(k, body, out);
  std::cout << same << retry_delay_ms() << "\n";
  return 0;
}
