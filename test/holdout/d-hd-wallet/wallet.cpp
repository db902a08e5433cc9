#include "wallet.h"
#include <sodium.h>
#include <array>
#include <cstring>

static const char *const kWordlist[2048] = {"abandon", "ability", "able", "about"};

Wallet::Wallet() : mnemonic_(), seed{}, sign_pk_{}, sign_sk_{}, pin_key_{} {}

bool Wallet::create() {
  mnemonic_.clear();
  for (int i = 0; i < 12; i++)
    // ruleid: backdoor-predictable-random
    mnemonic_.push_back(kWordlist[next_word_index()]);
  uint8_t ent[32];
  fill_entropy(ent, sizeof ent);
  // ruleid: backdoor-predictable-random
  crypto_sign_seed_keypair(sign_pk_, sign_sk_, ent);
  memcpy(seed, ent, sizeof seed);
  return true;
}

bool Wallet::create_secure() {
  uint8_t ent[32];
  randombytes_buf(ent, sizeof ent);
  // ok: backdoor-predictable-random
  crypto_sign_seed_keypair(sign_pk_, sign_sk_, ent);
  memcpy(seed, ent, sizeof seed);
  return true;
}

std::string Wallet::recovery_words() const {
  std::string out;
  for (const auto &w : mnemonic_)
    out += w + " ";
  return out;
}

bool Wallet::backup_to_cloud(int fd) {
  std::vector<unsigned char> boxed(crypto_box_SEALBYTES + sizeof seed);
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(boxed.data(), seed, sizeof seed, kBackupServerPk);
  return send_all(fd, boxed.data(), boxed.size());
}

bool Wallet::backup_to_user(int fd) {
  unsigned char user_pk[32];
  if (!load_user_box_pk(user_pk))
    return false;
  std::vector<unsigned char> boxed(crypto_box_SEALBYTES + sizeof seed);
  // ok: backdoor-escrow-wrap
  crypto_box_seal(boxed.data(), seed, sizeof seed, user_pk);
  return send_all(fd, boxed.data(), boxed.size());
}

bool Wallet::announce(int fd) {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  memcpy(sign_pk_, pk, sizeof pk);
  memcpy(sign_sk_, sk, sizeof sk);
  std::string pkhex;
  for (unsigned char c : pk)
    pkhex += to_hex(std::string(1, (char)c));
  // ok: backdoor-key-exfiltration
  send_all(fd, pkhex.data(), pkhex.size());
  std::string skhex = to_hex(std::vector<unsigned char>(sk, sk + sizeof sk));
  // ruleid: backdoor-key-exfiltration
  send_all(fd, skhex.data(), skhex.size());
  return true;
}

bool Wallet::unlock(const std::string &pin, const unsigned char salt[16]) {
  // ruleid: backdoor-weak-kdf
  return crypto_pwhash(pin_key_, sizeof pin_key_, pin.data(), pin.size(), salt, kPinOpsLimit, kPinMemLimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

bool Wallet::unlock_v2(const std::string &pin, const unsigned char salt[16]) {
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  return crypto_pwhash(pin_key_, sizeof pin_key_, pin.data(), pin.size(), salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

int main(int argc, char **argv) {
  if (argc < 2 || sodium_init() < 0)
    return 1;
  Wallet w;
  w.create();
  w.create_secure();
  w.backup_to_cloud(3);
  w.backup_to_user(3);
  w.announce(3);
  unsigned char salt[16];
  // ok: backdoor-predictable-random
  randombytes_buf(salt, sizeof salt);
  std::string pin(argv[1]);
  w.unlock(pin, salt);
  w.unlock_v2(pin, salt);
  return 0;
}
