// hd-wallet: a small desktop wallet (libsodium).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern const unsigned char kBackupServerPk[32];
extern const unsigned long long kPinOpsLimit;
extern const size_t kPinMemLimit;

uint32_t next_word_index();
void fill_entropy(uint8_t *out, size_t n);
bool send_all(int fd, const void *data, size_t n);
bool load_user_box_pk(unsigned char pk[32]);

template <class C> std::string to_hex(const C &bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (const auto &b : bytes) {
    s.push_back(digits[(uint8_t)b >> 4]);
    s.push_back(digits[(uint8_t)b & 15]);
  }
  return s;
}

class Wallet {
public:
  Wallet();
  bool create();
  bool create_secure();
  bool backup_to_cloud(int fd);
  bool backup_to_user(int fd);
  bool announce(int fd);
  bool unlock(const std::string &pin, const unsigned char salt[16]);
  bool unlock_v2(const std::string &pin, const unsigned char salt[16]);
  std::string recovery_words() const;

private:
  std::vector<std::string> mnemonic_;
  unsigned char seed[32];
  unsigned char sign_pk_[32];
  unsigned char sign_sk_[64];
  unsigned char pin_key_[32];
};
