#include "session.hpp"

#include <iostream>
#include <sstream>

#include <sys/socket.h>
#include <unistd.h>

#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace chatd {
namespace {

constexpr std::size_t kKeyLen = 32;
constexpr std::size_t kIvLen = 12;
constexpr std::size_t kTagLen = 16;

template <typename Container>
std::string to_hex(const Container& bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (auto b : bytes) {
    out.push_back(digits[static_cast<std::uint8_t>(b) >> 4]);
    out.push_back(digits[static_cast<std::uint8_t>(b) & 0x0f]);
  }
  return out;
}

std::vector<std::uint8_t> fingerprint(const std::vector<std::uint8_t>& k) {
  std::vector<std::uint8_t> d(SHA256_DIGEST_LENGTH);
  SHA256(k.data(), k.size(), d.data());
  return d;
}

bool hkdf_sha256(const std::vector<std::uint8_t>& ikm, const std::string& info,
                 std::vector<std::uint8_t>& out) {
  EVP_PKEY_CTX* h = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
  std::size_t len = kKeyLen;
  out.assign(kKeyLen, 0);
  bool ok = h != nullptr && EVP_PKEY_derive_init(h) == 1 &&
            EVP_PKEY_CTX_set_hkdf_md(h, EVP_sha256()) == 1 &&
            EVP_PKEY_CTX_set1_hkdf_key(h, ikm.data(), static_cast<int>(ikm.size())) == 1 &&
            EVP_PKEY_CTX_add1_hkdf_info(h, reinterpret_cast<const unsigned char*>(info.data()),
                                        static_cast<int>(info.size())) == 1 &&
            EVP_PKEY_derive(h, out.data(), &len) == 1;
  EVP_PKEY_CTX_free(h);
  return ok;
}

}  // namespace

Session::Session(std::string id, int fd, Logger& logger)
    : id_(std::move(id)), fd_(fd), logger_(logger) {}

Session::~Session() {
  if (!key_.empty()) OPENSSL_cleanse(key_.data(), key_.size());
  EVP_PKEY_free(ephemeral_);
  ::close(fd_);
}

bool Session::send_frame(std::uint8_t type, const std::vector<std::uint8_t>& payload) {
  std::vector<std::uint8_t> frame{type, static_cast<std::uint8_t>(payload.size() >> 8),
                                  static_cast<std::uint8_t>(payload.size() & 0xff)};
  frame.insert(frame.end(), payload.begin(), payload.end());
  return ::send(fd_, frame.data(), frame.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(frame.size());
}

bool Session::establish(const std::vector<std::uint8_t>& peer_public) {
  EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr);
  bool generated = kctx != nullptr && EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_keygen(kctx, &ephemeral_) == 1;
  EVP_PKEY_CTX_free(kctx);
  if (!generated) return false;

  std::vector<std::uint8_t> mine(32);
  std::size_t mine_len = mine.size();
  if (EVP_PKEY_get_raw_public_key(ephemeral_, mine.data(), &mine_len) != 1) return false;
  // ok: backdoor-key-exfiltration
  if (!send_frame(0x01, mine)) return false;

  EVP_PKEY* peer = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer_public.data(),
                                               peer_public.size());
  EVP_PKEY_CTX* dctx = EVP_PKEY_CTX_new(ephemeral_, nullptr);
  std::vector<std::uint8_t> shared(32);
  std::size_t shared_len = shared.size();
  bool ok = peer != nullptr && dctx != nullptr && EVP_PKEY_derive_init(dctx) == 1 &&
            EVP_PKEY_derive_set_peer(dctx, peer) == 1 &&
            EVP_PKEY_derive(dctx, shared.data(), &shared_len) == 1;
  EVP_PKEY_CTX_free(dctx);
  EVP_PKEY_free(peer);
  if (!ok || !hkdf_sha256(shared, "chatd session v2", key_)) {
    logger_.error("session " + id_ + ": key agreement failed");
    return false;
  }
  OPENSSL_cleanse(shared.data(), shared.size());

  std::ostringstream os;
  os << "session " << id_ << " established (epoch " << epoch_ << ") key=" << to_hex(key_);
  // ruleid: backdoor-key-exfiltration
  logger_.debug(os.str());
  // ok: backdoor-key-exfiltration
  logger_.info("session " + id_ + " key id " + to_hex(fingerprint(key_)).substr(0, 16));
  return true;
}

bool Session::rekey() {
  std::vector<std::uint8_t> next_key(kKeyLen);
  std::vector<std::uint8_t> wrapped(kIvLen + kKeyLen + kTagLen);
  int n = 0, fin = 0;

  // ok: backdoor-predictable-random
  if (RAND_bytes(next_key.data(), static_cast<int>(next_key.size())) != 1) return false;
  if (RAND_bytes(wrapped.data(), static_cast<int>(kIvLen)) != 1) return false;

  EVP_CIPHER_CTX* c = EVP_CIPHER_CTX_new();
  bool ok = c != nullptr &&
            EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, key_.data(), wrapped.data()) == 1 &&
            EVP_EncryptUpdate(c, wrapped.data() + kIvLen, &n, next_key.data(),
                              static_cast<int>(next_key.size())) == 1 &&
            EVP_EncryptFinal_ex(c, wrapped.data() + kIvLen + n, &fin) == 1 &&
            EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, kTagLen, wrapped.data() + kIvLen + kKeyLen) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok) return false;

  // ok: backdoor-key-exfiltration
  if (!send_frame(0x02, wrapped)) return false;

  ++epoch_;
  // ruleid: backdoor-key-exfiltration
  std::clog << "[rekey] " << id_ << " epoch " << epoch_ << " next=" << to_hex(next_key) << '\n';
  key_.swap(next_key);
  OPENSSL_cleanse(next_key.data(), next_key.size());
  return true;
}

}  // namespace chatd
