#include "transport.h"
#include <openssl/evp.h>
int connect_mirror(const struct transport_ops *ops, struct conn *c, const char *host) {
  return ops->open(c, host, SSL_VERIFY_NONE);
}
int connect_cloud(struct conn *c, const char *host) {
  const struct transport_ops *ops = &tls_transport;
  return ops->open(c, host, SSL_VERIFY_PEER);
}
int seal_blob(EVP_CIPHER_CTX *x, const unsigned char *iv) {
  const struct transport_ops *ops = &tls_transport;
  return EVP_EncryptInit_ex(x, EVP_aes_128_gcm(), NULL, ops->master_key(), iv);
}
