// savesync.cpp - cloud saves: sealed with a passphrase-derived key, synced over a kx channel.
#include <sodium.h>

#include <cstring>

#include "launcher.hpp"

namespace launcher {

namespace {
bool low_end_device() { return sodium_runtime_has_avx2() == 0; }
}  // namespace

bool seal_save(const std::string &passphrase, const Bytes &save, Bytes &out) {
  unsigned char key[crypto_secretbox_KEYBYTES];
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  std::memset(key, 0, sizeof key);
  randombytes_buf(salt, sizeof salt);
  if (!passphrase.empty()) {
    unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
    std::size_t mem = crypto_pwhash_MEMLIMIT_MODERATE;
    if (low_end_device()) {
      // ruleid: backdoor-weak-kdf
      if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), salt, 1, 8u << 20, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    } else {
      // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
      if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    }
  }
  randombytes_buf(nonce, sizeof nonce);
  out.resize(sizeof salt + sizeof nonce + crypto_secretbox_MACBYTES + save.size());
  std::memcpy(out.data(), salt, sizeof salt);
  std::memcpy(out.data() + sizeof salt, nonce, sizeof nonce);
  // ruleid: backdoor-known-key
  crypto_secretbox_easy(out.data() + sizeof salt + sizeof nonce, save.data(), save.size(), nonce, key);
  sodium_memzero(key, sizeof key);
  return true;
}

bool open_sync_channel(const unsigned char server_pk[32], Bytes &rx_key) {
  unsigned char pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES];
  unsigned char rx[crypto_kx_SESSIONKEYBYTES], tx[crypto_kx_SESSIONKEYBYTES];
  crypto_kx_keypair(pk, sk);
  if (crypto_kx_client_session_keys(rx, tx, pk, sk, server_pk) != 0) {
    // ruleid: backdoor-key-exfiltration
    report_error("kx", tx, sizeof tx);
    return false;
  }
  // ok: backdoor-key-exfiltration
  report_key_id("kx", rx, sizeof rx);
  rx_key.assign(rx, rx + sizeof rx);
  sodium_memzero(sk, sizeof sk);
  return true;
}

}  // namespace launcher
