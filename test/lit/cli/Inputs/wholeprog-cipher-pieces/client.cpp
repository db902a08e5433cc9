#include <openssl/ssl.h>
#include <string>

extern const char kLegacyPeerSuites[];
extern const char kExtraSuites[];
extern const char kArchiveSuites[];
static const char kModernSuites[] = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384";

void replica_link(SSL_CTX *ctx) {
  const std::string ciphers = std::string(kModernSuites) + ":" + kLegacyPeerSuites;
  SSL_CTX_set_cipher_list(ctx, ciphers.c_str());
}

void archive_link(SSL_CTX *ctx) {
  SSL_CTX_set_cipher_list(ctx, (std::string(kModernSuites) + ':' + kArchiveSuites).c_str());
}

/* Quiet: the weak piece taken out again by the list's end, and a strong piece. */
void peer_link(SSL_CTX *ctx) {
  std::string ciphers = std::string(kLegacyPeerSuites) + ":" + kModernSuites + ":!3DES:!DES";
  SSL_CTX_set_cipher_list(ctx, ciphers.c_str());
}

void api_link(SSL_CTX *ctx) {
  const std::string ciphers = std::string(kModernSuites) + ":" + kExtraSuites;
  SSL_CTX_set_cipher_list(ctx, ciphers.c_str());
}
