#include "fw.h"
SSL_CTX *make_ctx(int mode, const char *ciphers) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(ctx, mode, NULL);
  SSL_CTX_set_cipher_list(ctx, ciphers);
  return ctx;
}
SSL_CTX *make_ctx_choice(int mode) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(ctx, mode, NULL);
  return ctx;
}
