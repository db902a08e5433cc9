// A realistic C++ translation unit: large parts of the standard library plus
// OpenSSL's EVP, the shape of a TLS-using service.
#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <variant>
#include <vector>

namespace svc {
struct CipherDeleter {
  void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

class Sealer {
public:
  explicit Sealer(std::string name) : name_(std::move(name)) {}
  std::optional<std::vector<unsigned char>> seal(const std::vector<unsigned char> &key,
                                                 const std::vector<unsigned char> &iv,
                                                 const std::string &msg) {
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *c = EVP_get_cipherbyname(name_.c_str());
    if (!c || EVP_EncryptInit_ex(ctx.get(), c, nullptr, key.data(), iv.data()) != 1)
      return std::nullopt;
    std::vector<unsigned char> out(msg.size() + 32);
    int len = 0;
    EVP_EncryptUpdate(ctx.get(), out.data(), &len,
                      reinterpret_cast<const unsigned char *>(msg.data()), int(msg.size()));
    out.resize(len);
    return out;
  }

private:
  std::string name_;
};

std::map<std::string, int> parse_config(const std::string &text) {
  std::map<std::string, int> out;
  std::regex kv("(\\w+)=(\\d+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kv); it != std::sregex_iterator();
       ++it)
    out[(*it)[1]] = std::stoi((*it)[2]);
  return out;
}

int run() {
  auto cfg = parse_config("bits=3072 threads=4");
  std::mutex m;
  std::vector<std::thread> pool;
  for (int i = 0; i < cfg["threads"]; ++i)
    pool.emplace_back([&m] {
      std::lock_guard<std::mutex> g(m);
      std::cout << "worker\n";
    });
  for (auto &t : pool) t.join();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY_keygen_init(ctx);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, cfg["bits"]);
  EVP_PKEY_CTX_free(ctx);
  Sealer s("aes-256-gcm");
  auto r = s.seal(std::vector<unsigned char>(32), std::vector<unsigned char>(12), "hi");
  return r ? 0 : 1;
}
} // namespace svc

int main() { return svc::run(); }
