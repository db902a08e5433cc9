/* TLS settings of the portal and tunnel listener (`config vpn ssl settings`). */
#include <string.h>
#include <openssl/ssl.h>
#include "sslvpn.h"

#define SV_CIPHERS_HIGH   "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5"
#define SV_CIPHERS_MEDIUM "HIGH:!aNULL:!eNULL:!MD5:!3DES"
/* "low" keeps the suites the oldest FortiClient builds negotiated */
#define SV_CIPHERS_LOW    "HIGH:MEDIUM:RC4-SHA:DES-CBC3-SHA:!aNULL"

/* the menu of `set ssl-min-proto-ver`: the administrator picks a version by its name */
static int proto_from_name(const char *name)
{
  static const struct { const char *name; int version; } kVersions[] = {
    {"tls1-0", TLS1_VERSION},
    {"tls1-1", TLS1_1_VERSION},
    {"tls1-2", TLS1_2_VERSION},
    {"tls1-3", TLS1_3_VERSION},
  };
  for (size_t i = 0; i < sizeof kVersions / sizeof kVersions[0]; i++)
    if (strcmp(name, kVersions[i].name) == 0)
      return kVersions[i].version;
  return TLS1_2_VERSION;
}

SSL_CTX *tunnel_server_ctx(const struct sv_ssl_settings *st)
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  /* the portal asks no client certificate unless a peer group requires one */
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, proto_from_name(st->min_proto));

  switch (st->algorithm) {
  case SV_ALGO_HIGH:
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, SV_CIPHERS_HIGH);
    break;
  case SV_ALGO_MEDIUM:
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, SV_CIPHERS_MEDIUM);
    break;
  case SV_ALGO_LOW:
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, SV_CIPHERS_LOW);
    break;
  }
  if (st->legacy_renegotiation)
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_options(ctx, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
  if (SSL_CTX_use_certificate_chain_file(ctx, st->cert_file) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, st->key_file, SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}
