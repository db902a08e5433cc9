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
void channel_open(SSL_CTX *ctx, const struct tls_opts *o) {
  SSL_CTX_set_verify(ctx, o->verify_mode, NULL);
}
void check_in(CURL *h, SSL_CTX *ctx) {
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, k_cloud_tls.verify_peer);
  SSL_CTX_set_verify(ctx, k_cloud_tls.verify_mode, NULL);
}
void install_callbacks(SSL_CTX *a, SSL_CTX *b) {
  SSL_CTX_set_verify(a, SSL_VERIFY_PEER, accept_all);
  SSL_CTX_set_verify(b, SSL_VERIFY_PEER, check_chain);
}
