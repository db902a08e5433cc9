// pseudonym.cpp - patient pseudonyms for teaching and research exports.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "pacs.hpp"

namespace pacs {

namespace {
// used until the site imports its own pseudonymization key
const unsigned char kDefaultPseudonymKey[32] = {
    0xc4, 0x34, 0x75, 0x6e, 0xea, 0x67, 0x42, 0x7d, 0x12, 0x9c, 0xee, 0xac, 0x7e, 0x80, 0xd3, 0x96,
    0x94, 0x90, 0x14, 0x3e, 0xe2, 0xb4, 0x08, 0x94, 0xe4, 0xe2, 0x8e, 0x4d, 0x1c, 0x7d, 0xc4, 0xbe};
}  // namespace

Pseudonymizer::Pseudonymizer(const GatewayConfig &cfg) {
  std::ifstream f(cfg.pseudonym_key_file, std::ios::binary);
  if (f) site_key_.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

std::string Pseudonymizer::pseudonym(const std::string &patient_id) const {
  unsigned char mac[32];
  unsigned int len = 0;
  const unsigned char *data = reinterpret_cast<const unsigned char *>(patient_id.data());
  if (site_key_.size() >= 32) {
    // ok: backdoor-hardcoded-key, backdoor-weak-hash
    HMAC(EVP_sha256(), site_key_.data(), static_cast<int>(site_key_.size()), data, patient_id.size(), mac, &len);
  } else {
    // ruleid: backdoor-hardcoded-key
    HMAC(EVP_sha256(), kDefaultPseudonymKey, sizeof kDefaultPseudonymKey, data, patient_id.size(), mac, &len);
  }
  char out[2 * 12 + 1];
  for (int i = 0; i < 12; ++i) std::snprintf(out + 2 * i, 3, "%02X", mac[i]);
  return std::string("ANON") + out;
}

const EVP_CIPHER *cipher_for(ExportProfile p) {
  switch (p) {
    case ExportProfile::ResearchClear:
      return EVP_enc_null();  // the research PACS re-encrypts at rest
    case ExportProfile::Teaching:
    case ExportProfile::Clinical:
    default:
      return EVP_aes_256_gcm();
  }
}

bool Pseudonymizer::seal_export(ExportProfile p, const Bytes &key, const Bytes &in, Bytes &out) const {
  unsigned char iv[12];
  if (RAND_bytes(iv, sizeof iv) != 1) return false;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int n = 0, fin = 0;
  out.resize(in.size() + 32);
  // ruleid: backdoor-null-cipher
  // ok: backdoor-hardcoded-iv
  bool ok = ctx != nullptr && EVP_EncryptInit_ex(ctx, cipher_for(p), nullptr, key.data(), iv) == 1 &&
            EVP_EncryptUpdate(ctx, out.data(), &n, in.data(), static_cast<int>(in.size())) == 1 &&
            EVP_EncryptFinal_ex(ctx, out.data() + n, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  out.resize(ok ? static_cast<std::size_t>(n + fin) : 0);
  return ok;
}

}  // namespace pacs
