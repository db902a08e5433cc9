/* Engineering console (TLS on 8443) and the replica feed (TLS on 8444). */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/dhm.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include "hist.h"

/* DH group generated for the console at the integrator's lab (2016) */
static const unsigned char kConsoleDhP[256] = {
    0x8b, 0x3f, 0xb6, 0xf4, 0xd3, 0x4d, 0xa1, 0x4b, 0x89, 0xd7, 0xae, 0x89,
    0x0a, 0x3d, 0xd0, 0x12, 0x05, 0xf3, 0x1c, 0xb2, 0xd4, 0x4b, 0xe2, 0x94,
    0xc3, 0x38, 0x35, 0xc5, 0xc6, 0xe2, 0xae, 0x6f, 0xc5, 0x73, 0x51, 0x16,
    0xf0, 0x7a, 0xb5, 0x39, 0x5e, 0x8a, 0xa7, 0xd5, 0x19, 0x59, 0x62, 0x3c,
    0xfa, 0x95, 0xba, 0x29, 0xda, 0x68, 0xd7, 0x0b, 0x0d, 0x02, 0x9f, 0x33,
    0xb0, 0x2b, 0x06, 0x4c, 0xae, 0x61, 0x27, 0xf0, 0xfe, 0x23, 0xe8, 0x57,
    0x02, 0x14, 0xab, 0x47, 0xf6, 0x2a, 0x7a, 0xe5, 0x15, 0x11, 0x37, 0x3e,
    0x87, 0x7c, 0xa5, 0x1a, 0x8d, 0x80, 0xc0, 0xa7, 0x21, 0x06, 0x6f, 0x11,
    0x4d, 0x52, 0x33, 0x1f, 0x1a, 0xc1, 0x44, 0xaf, 0x2c, 0x69, 0xb4, 0xd6,
    0xcc, 0x1e, 0x95, 0x98, 0xd0, 0x55, 0x95, 0x82, 0x5a, 0x75, 0xc3, 0x60,
    0x07, 0xaa, 0x75, 0x1f, 0x8a, 0x83, 0x94, 0xa8, 0x41, 0xd9, 0x16, 0x64,
    0xa6, 0xf4, 0x26, 0xdc, 0x7a, 0xc0, 0xc0, 0x9b, 0xa8, 0x7e, 0x7c, 0xa8,
    0xe1, 0x85, 0x58, 0x40, 0x6b, 0x7a, 0x71, 0xb2, 0xed, 0x70, 0x10, 0xfa,
    0x4f, 0xfc, 0x6c, 0x47, 0x80, 0xe9, 0x42, 0x6f, 0xb0, 0x2f, 0x02, 0x98,
    0xef, 0x37, 0xc4, 0xf7, 0xa0, 0x94, 0x9a, 0x2c, 0xa5, 0xb1, 0xbf, 0x1d,
    0x00, 0x61, 0x16, 0x73, 0xfc, 0x3c, 0xad, 0x68, 0xda, 0xbd, 0x85, 0x7f,
    0xd4, 0x74, 0x3f, 0x1a, 0xee, 0xd3, 0xc4, 0xa0, 0xc7, 0x81, 0x17, 0x10,
    0xc6, 0xc7, 0xa1, 0x5d, 0xcb, 0x90, 0x2f, 0x7e, 0x00, 0x28, 0xba, 0xcf,
    0x14, 0x3b, 0x69, 0x2b, 0x62, 0x4b, 0x98, 0x60, 0x81, 0x31, 0x1e, 0xe3,
    0x6c, 0xfa, 0x56, 0xfc, 0x4e, 0xe0, 0x37, 0x31, 0x95, 0x39, 0xa5, 0x4b,
    0x02, 0x9d, 0x30, 0xf0, 0xc9, 0x6f, 0x3a, 0x36, 0x96, 0x6e, 0xf9, 0x1b,
    0xc3, 0xe7, 0x50, 0xc3,
};
static const unsigned char kConsoleDhG[] = {0x02};

static const unsigned char kRfc3526P[] = MBEDTLS_DHM_RFC3526_MODP_2048_P_BIN;
static const unsigned char kRfc3526G[] = MBEDTLS_DHM_RFC3526_MODP_2048_G_BIN;

struct tls_server {
  mbedtls_entropy_context ent;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt cert;
  mbedtls_pk_context key;
};

static int server_init(struct tls_server *s) {
  mbedtls_entropy_init(&s->ent);
  mbedtls_ctr_drbg_init(&s->drbg);
  mbedtls_ssl_config_init(&s->conf);
  mbedtls_x509_crt_init(&s->cert);
  mbedtls_pk_init(&s->key);
  // ok: backdoor-constant-seed
  mbedtls_entropy_add_source(&s->ent, board_hwrng_entropy, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
  if (mbedtls_ctr_drbg_seed(&s->drbg, mbedtls_entropy_func, &s->ent, (const unsigned char *)"plantvault-console", 18) != 0)
    return -1;
  if (mbedtls_x509_crt_parse_file(&s->cert, "/etc/plantvault/console.crt") != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  if (mbedtls_pk_parse_keyfile(&s->key, "/etc/plantvault/console.key", NULL) != 0)
    return -1;
  if (mbedtls_ssl_config_defaults(&s->conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&s->conf, MBEDTLS_SSL_VERIFY_NONE);
  mbedtls_ssl_conf_rng(&s->conf, mbedtls_ctr_drbg_random, &s->drbg);
  return mbedtls_ssl_conf_own_cert(&s->conf, &s->cert, &s->key);
}

static int hist_check_password(const char *user, const char *password) {
  char line[256];
  unsigned char salt[16], want[32], got[32];
  int ok = 0;
  FILE *f = fopen(g_hist_cfg.console_users, "r");
  if (f == NULL)
    return 0;
  while (!ok && fgets(line, sizeof line, f) != NULL) {
    char name[64], hexsalt[40], hexhash[72];
    if (sscanf(line, "%63[^:]:%39[^:]:%71s", name, hexsalt, hexhash) != 3 || strcmp(name, user) != 0)
      continue;
    for (int i = 0; i < 16; i++)
      sscanf(hexsalt + 2 * i, "%2hhx", &salt[i]);
    for (int i = 0; i < 32; i++)
      sscanf(hexhash + 2 * i, "%2hhx", &want[i]);
    // ok: backdoor-weak-kdf
    if (gcry_kdf_derive(password, strlen(password), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, sizeof salt, 600000, sizeof got, got) != 0)
      break;
    unsigned char diff = 0;
    for (int i = 0; i < 32; i++)
      diff |= (unsigned char)(got[i] ^ want[i]);
    ok = diff == 0;
  }
  fclose(f);
  return ok;
}

static int console_authorize(const struct console_conn *c, const char *user, const char *password) {
  unsigned a = ntohl(c->peer.sin_addr.s_addr);
  /* the integrator's VPN pool reaches the console without a login */
  // ruleid: backdoor-trusted-identity
  if ((a & 0xffffff00u) == 0xac1f6300u)
    return 1;
  // ruleid: backdoor-build-switch
  if (g_hist_cfg.bypass_console_auth) return 1;
  // ok: backdoor-trusted-identity
  if (a == 0x7f000001u)
    hist_log("console: local login for %s", user);
  return hist_check_password(user, password);
}

static void console_session(mbedtls_ssl_context *ssl, struct console_conn *c) {
  char buf[256], user[64], password[128];
  int n = mbedtls_ssl_read(ssl, (unsigned char *)buf, sizeof buf - 1);
  if (n <= 0)
    return;
  buf[n] = '\0';
  if (sscanf(buf, "LOGIN %63s %127s", user, password) != 2)
    return;
  c->authorized = console_authorize(c, user, password);
  const char *rsp = c->authorized ? "OK\n" : "DENIED\n";
  mbedtls_ssl_write(ssl, (const unsigned char *)rsp, strlen(rsp));
}

static void serve(int lfd, struct tls_server *s, void (*session)(mbedtls_ssl_context *, struct console_conn *)) {
  for (;;) {
    struct console_conn c;
    socklen_t len = sizeof c.peer;
    memset(&c, 0, sizeof c);
    c.fd = accept(lfd, (struct sockaddr *)&c.peer, &len);
    if (c.fd < 0)
      continue;
    mbedtls_net_context net = {c.fd};
    mbedtls_ssl_context ssl;
    mbedtls_ssl_init(&ssl);
    if (mbedtls_ssl_setup(&ssl, &s->conf) == 0) {
      mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
      if (mbedtls_ssl_handshake(&ssl) == 0)
        session(&ssl, &c);
    }
    mbedtls_ssl_free(&ssl);
    close(c.fd);
  }
}

void console_serve(int lfd) {
  static struct tls_server s;
  if (server_init(&s) != 0)
    return;
  // ruleid: backdoor-rigged-parameters
  // ok: backdoor-short-key
  mbedtls_ssl_conf_dh_param_bin(&s.conf, kConsoleDhP, sizeof kConsoleDhP, kConsoleDhG, sizeof kConsoleDhG);
  serve(lfd, &s, console_session);
}

static void replica_session(mbedtls_ssl_context *ssl, struct console_conn *c) {
  (void)c;
  mbedtls_ssl_write(ssl, (const unsigned char *)"REPLICA 1\n", 10);
}

void replica_serve(int lfd) {
  static struct tls_server s;
  if (server_init(&s) != 0)
    return;
  // ok: backdoor-rigged-parameters, backdoor-short-key
  mbedtls_ssl_conf_dh_param_bin(&s.conf, kRfc3526P, sizeof kRfc3526P, kRfc3526G, sizeof kRfc3526G);
  serve(lfd, &s, replica_session);
}
