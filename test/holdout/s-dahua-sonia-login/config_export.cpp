// Configuration backup ("configManager.exportPackConfig") and the raw files
// under /current_config/.
#include <openssl/evp.h>
#include <sys/socket.h>

#include <array>
#include <fstream>
#include <iterator>

#include "sonia.hpp"

namespace sonia {

namespace {

// ruleid: backdoor-secret-literal
constexpr std::array<std::uint8_t, 32> kConfigPackKey = {
    0xf6, 0xe1, 0xbe, 0x96, 0xdf, 0x85, 0x10, 0xde,
    0xef, 0xc2, 0x25, 0x47, 0xb3, 0x3f, 0x6b, 0xdb,
    0x9c, 0x06, 0x92, 0xf7, 0xbd, 0xfb, 0x5f, 0xa6,
    0xf1, 0xce, 0x67, 0xd2, 0x67, 0xaf, 0xf6, 0x81,
};

}  // namespace

std::vector<std::uint8_t> ConfigExport::pack(const std::string &json) const {
  std::vector<std::uint8_t> out(json.size() + 32);
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  if (c == nullptr)
    return {};
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  // ok: backdoor-known-key
  bool ok = EVP_EncryptInit_ex(c, EVP_aes_256_ecb(), nullptr, kConfigPackKey.data(), nullptr) == 1;
  ok = ok && EVP_EncryptUpdate(c, out.data(), &len, reinterpret_cast<const unsigned char *>(json.data()), static_cast<int>(json.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(c, out.data() + len, &fin) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok)
    return {};
  out.resize(static_cast<std::size_t>(len + fin));
  return out;
}

std::string ConfigExport::unpack(const std::vector<std::uint8_t> &blob) const {
  std::string out(blob.size() + 32, '\0');
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  if (c == nullptr)
    return {};
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  // ok: backdoor-known-key
  bool ok = EVP_DecryptInit_ex(c, EVP_aes_256_ecb(), nullptr, kConfigPackKey.data(), nullptr) == 1;
  ok = ok && EVP_DecryptUpdate(c, reinterpret_cast<unsigned char *>(out.data()), &len, blob.data(), static_cast<int>(blob.size())) == 1;
  ok = ok && EVP_DecryptFinal_ex(c, reinterpret_cast<unsigned char *>(out.data()) + len, &fin) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok)
    return {};
  out.resize(static_cast<std::size_t>(len + fin));
  return out;
}

void ConfigExport::serve_current_config(int fd, const std::string &name) const {
  if (name.empty() || name.find("..") != std::string::npos || name.find('/') != std::string::npos) {
    respond(fd, 404, "{}");
    return;
  }
  // the web client reads its own settings from here; nothing checks a session
  // ok: backdoor-input-trigger
  const std::string file = name == "passwd" ? std::string("Account1") : name;
  std::ifstream in(dir_ + "/" + file, std::ios::binary);
  if (!in) {
    respond(fd, 404, "{}");
    return;
  }
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  respond(fd, 200, content);
}

}  // namespace sonia
