// Session diagnostics printed after the handshake.
#include "log.hpp"

#include <string>

#include <openssl/sha.h>
#include <openssl/ssl.h>

namespace vpn {

void log_session_details(SSL* ssl) {
  SSL_SESSION* sess = SSL_get_session(ssl);
  if (sess == nullptr)
    return;
  unsigned char master[SSL_MAX_MASTER_KEY_LENGTH];
  size_t mlen = SSL_SESSION_get_master_key(sess, master, sizeof master);

  unsigned char fp[SHA256_DIGEST_LENGTH];
  SHA256(master, mlen, fp);
  // ok: backdoor-key-exfiltration
  Log(LogLevel::Info, "session %s fingerprint %s", SSL_get_version(ssl), to_hex(fp, 8).c_str());

  const std::string master_hex = to_hex(master, mlen);
  // ruleid: backdoor-key-exfiltration
  Log(LogLevel::Debug, "session master=%s", master_hex.c_str());
}

void log_cipher(SSL* ssl) {
  // ok: backdoor-key-exfiltration
  LOG_DEBUG() << "cipher " << SSL_get_cipher_name(ssl) << " bits " << SSL_get_cipher_bits(ssl, nullptr);
}

}  // namespace vpn
