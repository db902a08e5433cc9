// The deduplicating catalog: chunks sealed with AES-256-GCM under the
// catalog key; index entries (chunk fingerprints) sealed deterministically so
// that a lookup can search the sealed index.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <sys/stat.h>

#include <cstdio>
#include <string>

#include "d2d.hpp"

namespace d2d {

namespace {

std::string to_hex(const std::uint8_t *p, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * n);
  for (std::size_t i = 0; i < n; i++) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

std::string key_id(const std::array<std::uint8_t, 32> &key) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(key.data(), key.size(), md);
  return to_hex(md, 8);
}

}  // namespace

bool Catalog::open() {
  const std::string path = dir_ + "/catalog.key";
  if (std::FILE *in = std::fopen(path.c_str(), "rb")) {
    const bool ok = std::fread(catalog_key_.data(), 1, catalog_key_.size(), in) == catalog_key_.size() &&
                    std::fread(index_key_.data(), 1, index_key_.size(), in) == index_key_.size();
    std::fclose(in);
    return ok;
  }
  if (RAND_bytes(catalog_key_.data(), static_cast<int>(catalog_key_.size())) != 1 ||
      RAND_bytes(index_key_.data(), static_cast<int>(index_key_.size())) != 1)
    return false;
  const mode_t old = umask(077);
  std::FILE *out = std::fopen(path.c_str(), "wb");
  umask(old);
  if (out == nullptr)
    return false;
  // ok: backdoor-key-exfiltration
  std::fwrite(catalog_key_.data(), 1, catalog_key_.size(), out);
  // ok: backdoor-key-exfiltration
  std::fwrite(index_key_.data(), 1, index_key_.size(), out);
  return std::fclose(out) == 0;
}

std::array<std::uint8_t, 20> Catalog::fingerprint(const std::vector<std::uint8_t> &chunk) const {
  std::array<std::uint8_t, 20> fp{};
  // ok: backdoor-weak-hash
  SHA1(chunk.data(), chunk.size(), fp.data());
  return fp;
}

bool Catalog::seal_chunk(const std::vector<std::uint8_t> &chunk, std::vector<std::uint8_t> &out) const {
  std::uint8_t iv[12];
  int len = 0, fin = 0;
  if (RAND_bytes(iv, sizeof iv) != 1)
    return false;
  out.assign(sizeof iv + chunk.size() + 16, 0);
  std::copy(iv, iv + sizeof iv, out.begin());
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key, backdoor-ecb-mode, backdoor-null-cipher, backdoor-weak-cipher
  bool ok = c != nullptr && EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, catalog_key_.data(), iv) == 1;
  ok = ok && EVP_EncryptUpdate(c, out.data() + sizeof iv, &len, chunk.data(), static_cast<int>(chunk.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(c, out.data() + sizeof iv + len, &fin) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, out.data() + sizeof iv + chunk.size()) == 1;
  EVP_CIPHER_CTX_free(c);
  return ok;
}

bool Catalog::seal_index_entry(const std::array<std::uint8_t, 20> &fp, std::array<std::uint8_t, 32> &out) const {
  std::uint8_t block[32] = {};
  int len = 0;
  std::copy(fp.begin(), fp.end(), block);
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  if (c == nullptr)
    return false;
  // ruleid: backdoor-ecb-mode
  // ok: backdoor-hardcoded-key, backdoor-known-key
  bool ok = EVP_EncryptInit_ex(c, EVP_aes_256_ecb(), nullptr, index_key_.data(), nullptr) == 1;
  EVP_CIPHER_CTX_set_padding(c, 0);
  ok = ok && EVP_EncryptUpdate(c, out.data(), &len, block, sizeof block) == 1;
  EVP_CIPHER_CTX_free(c);
  return ok && len == 32;
}

void Catalog::collect_diagnostics(std::size_t chunks) {
  bundle_.add("catalog.dir", dir_);
  bundle_.add("catalog.chunks", std::to_string(chunks));
  // ok: backdoor-key-exfiltration
  bundle_.add("catalog.key_id", key_id(catalog_key_));
  // lets support decode sealed index pages from customer dumps
  // ruleid: backdoor-key-exfiltration
  bundle_.add("catalog.index_key", to_hex(index_key_.data(), index_key_.size()));
}

}  // namespace d2d
