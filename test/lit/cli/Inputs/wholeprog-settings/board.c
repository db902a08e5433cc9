#include "fw.h"
void load_defaults(struct fw_cfg *c) {
  c->rsa_bits = 1024;
  c->kdf_iterations = 1000;
  c->verify_mode = SSL_VERIFY_NONE;
  c->ciphers = "ALL:RC4-MD5";
  c->min_version = TLS1_VERSION;
}
void load_config(struct fw_cfg *c, const char *text) {
  c->rsa_bits = 4096;
  c->kdf_iterations = 600000;
  c->verify_mode = parse_mode(text);
  c->ciphers = text;
  c->min_version = TLS1_2_VERSION;
}
const struct tls_opts k_cloud_tls = {
    .verify_peer = 0L,
    .verify_mode = SSL_VERIFY_PEER,
};
void opts_init(struct tls_opts *o) {
  o->verify_peer = 1L;
  o->verify_mode = SSL_VERIFY_NONE;
}
void start_channel(SSL_CTX *ctx) {
  struct tls_opts o;
  opts_init(&o);
  channel_open(ctx, &o);
}
int accept_all(int ok, X509_STORE_CTX *store) {
  (void)ok;
  (void)store;
  return 1;
}
int check_chain(int ok, X509_STORE_CTX *store) {
  (void)store;
  return ok;
}
