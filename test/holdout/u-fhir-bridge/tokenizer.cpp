// Pseudonyms for research exports and a searchable form of the SSN.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>

#include "bridge.hpp"

namespace fhirb {

namespace {
// ruleid: backdoor-secret-literal
constexpr char kDefaultPseudonymKeyHex[] = "1f638547010815e2281696318e612af1fe259fdc9706b3346473123c15297905";

Bytes unhex(const std::string &s) {
  Bytes out;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    unsigned v = 0;
    if (std::sscanf(s.c_str() + i, "%2x", &v) != 1)
      return {};
    out.push_back(static_cast<std::uint8_t>(v));
  }
  return out;
}
}  // namespace

Tokenizer::Tokenizer(const Settings &s) : key_hex_(s.get_or("pseudonym.key", kDefaultPseudonymKeyHex)), index_key_(read_file(s.get_or("index.keyfile", "/etc/hl7fhird/index.key"))) {}

std::string Tokenizer::pseudonym(const std::string &mrn) const {
  const Bytes key = unhex(key_hex_);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-weak-hash
  if (key.empty() || HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char *>(mrn.data()), mrn.size(), mac, &n) == nullptr)
    return {};
  return "PSN-" + hex(Bytes(mac, mac + 12));
}

// Equal SSNs must give equal index entries so that the registry can be searched.
std::string Tokenizer::searchable_ssn(const std::string &ssn) const {
  unsigned char block[32] = {0}, out[48];
  int n1 = 0, n2 = 0;
  if (index_key_.size() != 32 || ssn.size() > sizeof block)
    return {};
  std::copy(ssn.begin(), ssn.end(), block);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-ecb-mode
  // ok: backdoor-hardcoded-key
  bool ok = ctx != nullptr && EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), nullptr, index_key_.data(), nullptr) == 1;
  ok = ok && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 && EVP_EncryptUpdate(ctx, out, &n1, block, sizeof block) == 1 && EVP_EncryptFinal_ex(ctx, out + n1, &n2) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok ? hex(Bytes(out, out + n1 + n2)) : std::string();
}

}  // namespace fhirb
