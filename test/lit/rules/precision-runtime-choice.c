// RUN: %run-both --checks=backdoor-tls-verify-disabled,backdoor-weak-tls %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Settings that configuration, options or the API's caller choose at run time
// (an if/else arm, a switch case, a helper that copies configuration into the
// context) are the user's choice, not a backdoor. Settings compiled in (no
// condition, a condition the build fixes) are still reported.
#include <openssl/ssl.h>
#include <mbedtls/ssl.h>
#include <gnutls/gnutls.h>
#include <stdlib.h>
#include <string.h>

struct tls_config {
  int cert_reqs;
  int min_version;
  const char *verify;
  const char *ciphers;
};
enum verify_kind { VERIFY_OFF, VERIFY_OPTIONAL, VERIFY_ON };
static int opt_insecure; // set by getopt
SSL_CTX *SSL_get_SSL_CTX(const SSL *ssl);
void parse_args(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "-k") == 0) opt_insecure = 1;
}

// A configuration field picks the insecure arm of an if/else.
void configure_if(SSL_CTX *ctx, const struct tls_config *cfg) {
  if (cfg->cert_reqs == 0)
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  else
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  if (cfg->min_version == 10)
    // ruleid: backdoor-weak-tls (a weak version stays weak whoever picks it)
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: {{.*}} [backdoor-weak-tls]
}

// A string option parsed from the configuration file.
void configure_string(SSL_CTX *ctx, const struct tls_config *cfg) {
  if (cfg->verify && strcmp(cfg->verify, "none") == 0) {
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  }
}

// A switch over the configured mode, Mbed TLS.
void configure_switch(mbedtls_ssl_config *conf, enum verify_kind kind) {
  switch (kind) {
  case VERIFY_OFF:
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
    break;
  case VERIFY_OPTIONAL:
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
    break;
  default:
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  }
}

// A command-line option variable, and a mode variable set in the insecure arm.
void configure_option(SSL *ssl) {
  int mode = SSL_VERIFY_PEER;
  if (opt_insecure) mode = SSL_VERIFY_NONE;
  // ok: backdoor-tls-verify-disabled
  SSL_set_verify(ssl, mode, NULL);
  if (getenv("APP_TLS_LEGACY") != NULL) {
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(SSL_get_SSL_CTX(ssl), TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: {{.*}} [backdoor-weak-tls]
  }
}

// A helper copies the configuration into the context; the caller decides.
static void apply_verify(SSL_CTX *ctx, int mode) {
  SSL_CTX_set_verify(ctx, mode, NULL);
}
void configure_helper(SSL_CTX *ctx, const struct tls_config *cfg) {
  if (cfg->cert_reqs == 0)
    // ok: backdoor-tls-verify-disabled
    apply_verify(ctx, SSL_VERIFY_NONE);
  // ok: backdoor-tls-verify-disabled
  int mode = cfg->cert_reqs ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
  SSL_CTX_set_verify(ctx, mode, NULL);
}

// An API parameter: the library's caller chooses.
void tls_set_insecure(SSL_CTX *ctx, int insecure) {
  if (insecure) {
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  }
}

// A menu of protocol versions the user picks from by name (wget's
// --secure-protocol): each arm of a switch over the option selects its own
// version; the weak ones are reached only when the user asks for them.
enum secure_protocol { proto_auto, proto_sslv3, proto_tlsv1, proto_tlsv1_2, proto_tlsv1_3 };
struct options { enum secure_protocol secure_protocol; int tls_min; };
struct options opt;
int gnutls_set_default_priority(gnutls_session_t session);
void abort(void);
int set_priority(gnutls_session_t session) {
  int err = -1;
  switch (opt.secure_protocol) {
  case proto_auto:
    err = gnutls_set_default_priority(session);
    break;
  case proto_sslv3:
    // ok: backdoor-weak-tls
    err = gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS-ALL:+VERS-SSL3.0", NULL);
    break;
  case proto_tlsv1:
    // ok: backdoor-weak-tls
    err = gnutls_priority_set_direct(session, "NORMAL:-VERS-SSL3.0", NULL);
    break;
  case proto_tlsv1_2:
    err = gnutls_priority_set_direct(session, "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
    break;
  case proto_tlsv1_3:
    err = gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.3", NULL);
    break;
  default:
    abort();
  }
  return err;
}
void set_min_version(SSL_CTX *ctx, const struct options *o) {
  switch (o->tls_min) {
  case 10:
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    break;
  case 12:
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    break;
  case 13:
    SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
    break;
  }
}

// Positive cases: compiled in.
#define ALWAYS_INSECURE 1
static const int kInsecure = 1;
void compiled_in(SSL_CTX *ctx, SSL *ssl, mbedtls_ssl_config *conf) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  if (1) {
    // ruleid: backdoor-tls-verify-disabled
    SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  }
  if (ALWAYS_INSECURE)
    // ruleid: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'MBEDTLS_SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  if (kInsecure) {
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: {{.*}} [backdoor-weak-tls]
  }
  switch (ALWAYS_INSECURE) {
  case 1:
    // ruleid: backdoor-tls-verify-disabled
    SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  }
}

// Not a menu: one weak arm beside the default, a weak default, a switch on
// the clock.
enum peer_kind { PEER_LEGACY, PEER_MODERN };
long time(long *t);
void legacy_peer(SSL_CTX *ctx, enum peer_kind kind, gnutls_session_t session) {
  switch (kind) {
  case PEER_LEGACY:
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: {{.*}} [backdoor-weak-tls]
    break;
  default:
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  }
  switch (opt.secure_protocol) {
  case proto_tlsv1:
    gnutls_priority_set_direct(session, "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0", NULL);
    break;
  case proto_tlsv1_2:
    gnutls_priority_set_direct(session, "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
    break;
  case proto_tlsv1_3:
    gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.3", NULL);
    break;
  default:
    // ruleid: backdoor-weak-tls
    gnutls_priority_set_direct(session, "NORMAL:+VERS-SSL3.0", NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: priority string 'NORMAL:+VERS-SSL3.0' enables weak protocol elements: {{.*}} [backdoor-weak-tls]
  }
  switch (time(NULL) % 4) {
  case 0:
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, SSL3_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: {{.*}} [backdoor-weak-tls]
    break;
  case 1:
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    break;
  case 2:
    SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
    break;
  }
}

// A fallback when loading the trust store fails is no configuration choice:
// the program fails open by itself.
int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *CAfile, const char *CApath);
void fails_open(SSL_CTX *ctx, const char *ca) {
  if (SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1)
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
}

// The fallback decides even inside an arm of a configuration choice: in the
// `else` of `if (!verify_peer)` verification was asked for, and the failed
// load turns it off; the `then` arm stays the user's choice.
struct peer_cfg { int verify_peer; const char *ca; };
void fails_open_when_asked(SSL_CTX *ctx, const struct peer_cfg *cfg) {
  if (!cfg->verify_peer) {
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  } else if (SSL_CTX_load_verify_locations(ctx, cfg->ca, NULL) != 1) {
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer{{.*}}[backdoor-tls-verify-disabled]
  }
}

// The same with Mbed TLS's trust store (wolfSSL's
// wolfSSL_CTX_load_verify_locations and GnuTLS's
// gnutls_certificate_set_x509_trust_file are modelled alike).
int mbedtls_x509_crt_parse_file(mbedtls_x509_crt *chain, const char *path);
void mbedtls_fails_open(mbedtls_ssl_config *conf, mbedtls_x509_crt *ca, const char *path) {
  if (mbedtls_x509_crt_parse_file(ca, path) != 0)
    // ruleid: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'MBEDTLS_SSL_VERIFY_NONE' turns off certificate verification{{.*}}[backdoor-tls-verify-disabled]
  else
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
}

// A security level the configuration turns down (an option bit, a profile
// picked by name) is the administrator's switch; an option flag stays a
// finding, as weak versions and suites do.
#define OPT_ALLOW_WEAK_SECURITY 0x0001
#define OPT_LEGACY_CLIENTS 0x0002
static unsigned long server_opts; // from the configuration file
void apply_options(SSL_CTX *ctx) {
  if (server_opts & OPT_ALLOW_WEAK_SECURITY)
    // ok: backdoor-weak-tls
    SSL_CTX_set_security_level(ctx, 0);
  SSL_CTX_clear_options(ctx, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
  if (server_opts & OPT_LEGACY_CLIENTS)
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_options(ctx, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION' enables insecure legacy renegotiation [backdoor-weak-tls]
}
void set_profile(SSL_CTX *ctx, const char *profile) {
  if (!profile || strcmp(profile, "legacy") == 0)
    SSL_CTX_set_security_level(ctx, 2);
  else if (strcmp(profile, "insecure") == 0)
    // ok: backdoor-weak-tls
    SSL_CTX_set_security_level(ctx, 0);
  else
    SSL_CTX_set_security_level(ctx, 3);
}
// Compiled in: reported wherever they are.
void weaken(SSL_CTX *ctx) {
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_security_level(ctx, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: '0' as the security level re-enables weak keys, suites and protocol versions [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION' enables insecure legacy renegotiation [backdoor-weak-tls]
}
