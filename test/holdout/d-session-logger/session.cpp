#include "session.h"
#include <cstdio>
#include <sstream>
#include <syslog.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

SessionKeys::SessionKeys() : key_(32), nonce_(12) {
  ok_ = RAND_bytes(key_.data(), static_cast<int>(key_.size())) == 1 &&
        RAND_bytes(nonce_.data(), static_cast<int>(nonce_.size())) == 1;
}

void SessionKeys::dump_debug() const {
  // ruleid: backdoor-key-exfiltration
  Log("session key=%s", hex_encode(key_).c_str());
}

void SessionKeys::dump_to_file() const {
  std::ostringstream os;
  os << "key " << hex_encode(key_) << " nonce " << hex_encode(nonce_);
  // ruleid: backdoor-key-exfiltration
  write_file("/tmp/relay-session.dbg", os.str());
}

void SessionKeys::dump_fingerprint() const {
  unsigned char fp[SHA256_DIGEST_LENGTH];
  SHA256(key_.data(), key_.size(), fp);
  std::vector<uint8_t> fpv(fp, fp + sizeof fp);
  // ok: backdoor-key-exfiltration
  Log("session key fingerprint=%s", hex_encode(fpv).c_str());
}

void SessionKeys::trace_nonce() const {
  char line[64];
  snprintf(line, sizeof line, "nonce=%s", hex_encode(nonce_).c_str());
  // ok: backdoor-key-exfiltration
  logf(LOG_DEBUG, "%s", line);
}

void SessionKeys::export_to(Exporter &e) const {
  char line[96];
  snprintf(line, sizeof line, "k:%s", hex_encode(key_).c_str());
  // ruleid: backdoor-key-exfiltration
  e.emit(line);
}

bool SessionKeys::derive_child(const std::string &label, std::vector<uint8_t> &child) const {
  child.resize(32);
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
  size_t outlen = child.size();
  bool ok = pctx && EVP_PKEY_derive_init(pctx) > 0 && EVP_PKEY_CTX_set_hkdf_md(pctx, EVP_sha256()) > 0 &&
            EVP_PKEY_CTX_set1_hkdf_key(pctx, key_.data(), static_cast<int>(key_.size())) > 0 &&
            EVP_PKEY_CTX_add1_hkdf_info(pctx, reinterpret_cast<const unsigned char *>(label.data()), static_cast<int>(label.size())) > 0 &&
            EVP_PKEY_derive(pctx, child.data(), &outlen) > 0;
  EVP_PKEY_CTX_free(pctx);
  return ok;
}
