// RUN: %run-both --checks=backdoor-weak-tls %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Weak protocol versions, cleared protections, and cipher strings read with the libraries' grammars.
// coverage: openssl tls-versions
// coverage: mbedtls tls-versions
// coverage: wolfssl tls-versions
// coverage: gnutls tls-versions
#include <openssl/ssl.h>
#include <mbedtls/ssl.h>
#include <wolfssl/ssl.h>
#include <gnutls/gnutls.h>
#include <curl/curl.h>

#define LEGACY_CIPHERS "ALL:!aNULL:!eNULL"
static const char *const kCompatCiphers = "HIGH:" "3DES:" "!aNULL";
static const int kSuites[] = {MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                              MBEDTLS_TLS_RSA_WITH_RC4_128_SHA, 0};

void openssl(SSL_CTX *ctx, SSL *ssl) {
  // ruleid: backdoor-weak-tls
  SSL_CTX *old = SSL_CTX_new(SSLv3_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'SSLv3_method' selects SSLv3, a broken protocol version (POODLE) [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX *v10 = SSL_CTX_new(TLSv1_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'TLSv1_method' selects TLS 1.0, a deprecated protocol version (RFC 8996) [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_clear_options(ctx, SSL_OP_NO_SSLv3);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'SSL_OP_NO_SSLv3' is cleared, which re-enables a broken protocol feature [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION' enables insecure legacy renegotiation [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_security_level(ctx, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: '0' as the security level re-enables weak keys, suites and protocol versions [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, LEGACY_CIPHERS);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cipher list 'ALL:!aNULL:!eNULL' enables 22 weak suites (3DES, DES, IDEA, RC2, RC4, export-grade): DES-CBC3-SHA, ECDHE-RSA-DES-CBC3-SHA, ECDHE-ECDSA-DES-CBC3-SHA, EDH-RSA-DES-CBC3-SHA, EDH-DSS-DES-CBC3-SHA, PSK-3DES-EDE-CBC-SHA, RC4-SHA, RC4-MD5, ECDHE-RSA-RC4-SHA, ECDHE-ECDSA-RC4-SHA, PSK-RC4-SHA, DES-CBC-SHA, EDH-RSA-DES-CBC-SHA, EDH-DSS-DES-CBC-SHA, IDEA-CBC-SHA, EXP-RC4-MD5, EXP-RC2-CBC-MD5, EXP-DES-CBC-SHA, EXP-EDH-RSA-DES-CBC-SHA, EXP-EDH-DSS-DES-CBC-SHA, RC2-CBC-MD5, DES-CBC3-MD5 [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_set_cipher_list(ssl, kCompatCiphers);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: cipher list 'HIGH:3DES:!aNULL' enables 7 weak suites (3DES): DES-CBC3-SHA, ECDHE-RSA-DES-CBC3-SHA, ECDHE-ECDSA-DES-CBC3-SHA, EDH-RSA-DES-CBC3-SHA, EDH-DSS-DES-CBC3-SHA, PSK-3DES-EDE-CBC-SHA, DES-CBC3-MD5 [backdoor-weak-tls]
  // CHECK-MESSAGES: :[[@LINE-29]]:43: note: cipher list defined here
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cipher list 'DEFAULT:@SECLEVEL=0' lowers the security level to 0, which re-enables weak keys and algorithms [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "EXP-RC4-MD5:RC4-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cipher list 'EXP-RC4-MD5:RC4-SHA' enables 2 weak suites (RC4, export-grade): EXP-RC4-MD5, RC4-SHA [backdoor-weak-tls]
  (void)old;
  (void)v10;
}

void others(mbedtls_ssl_config *conf, WOLFSSL_CTX **w, gnutls_session_t s, CURL *c) {
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: 'MBEDTLS_SSL_MINOR_VERSION_1' allows SSLv3, TLS 1.0 or TLS 1.1 as the minimum protocol version [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(conf, kSuites);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: the cipher suites given to 'mbedtls_ssl_conf_ciphersuites' include weak ones: MBEDTLS_TLS_RSA_WITH_RC4_128_SHA [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  *w = wolfSSL_CTX_new(wolfTLSv1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'wolfTLSv1_client_method' selects TLS 1.0, a deprecated protocol version (RFC 8996) [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(*w, "ALL");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: cipher list 'ALL' enables 40 weak suites (3DES, DES, IDEA, RC2, RC4, export-grade, no authentication): ADH-AES256-GCM-SHA384, ADH-AES128-GCM-SHA256, ADH-AES256-SHA256, ADH-CAMELLIA256-SHA256, ADH-AES128-SHA256, ADH-CAMELLIA128-SHA256, AECDH-AES256-SHA, ADH-AES256-SHA, ADH-CAMELLIA256-SHA, AECDH-AES128-SHA, ADH-AES128-SHA, ADH-CAMELLIA128-SHA, DES-CBC3-SHA, ECDHE-RSA-DES-CBC3-SHA, ECDHE-ECDSA-DES-CBC3-SHA, EDH-RSA-DES-CBC3-SHA, EDH-DSS-DES-CBC3-SHA, ADH-DES-CBC3-SHA, PSK-3DES-EDE-CBC-SHA, RC4-SHA, RC4-MD5, ECDHE-RSA-RC4-SHA, ECDHE-ECDSA-RC4-SHA, AECDH-RC4-SHA, ADH-RC4-MD5, PSK-RC4-SHA, DES-CBC-SHA, EDH-RSA-DES-CBC-SHA, EDH-DSS-DES-CBC-SHA, ADH-DES-CBC-SHA, IDEA-CBC-SHA, EXP-RC4-MD5, EXP-RC2-CBC-MD5, EXP-DES-CBC-SHA, EXP-EDH-RSA-DES-CBC-SHA, EXP-EDH-DSS-DES-CBC-SHA, EXP-ADH-RC4-MD5, EXP-ADH-DES-CBC-SHA, RC2-CBC-MD5, DES-CBC3-MD5 [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(s, "NORMAL:+VERS-SSL3.0:+ARCFOUR-128", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: priority string 'NORMAL:+VERS-SSL3.0:+ARCFOUR-128' enables weak protocol elements: VERS-SSL3.0, ARCFOUR-128 [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(s, "NORMAL:%UNSAFE_RENEGOTIATION", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: priority string 'NORMAL:%UNSAFE_RENEGOTIATION' enables weak protocol elements: %UNSAFE_RENEGOTIATION [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'CURL_SSLVERSION_TLSv1_0' allows a broken or deprecated protocol version as the minimum [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSL_CIPHER_LIST, "RC4-SHA:AES128-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: cipher list 'RC4-SHA:AES128-SHA' enables 1 weak suites (RC4): RC4-SHA [backdoor-weak-tls]
}

// Negative cases.
void safe(SSL_CTX *ctx, mbedtls_ssl_config *conf, gnutls_session_t s, CURL *c, WOLFSSL_CTX *w) {
  // ok: backdoor-weak-tls
  SSL_CTX *good = SSL_CTX_new(TLS_client_method());
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_COMPRESSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_security_level(ctx, 2);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5");
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "ALL:!aNULL:!eNULL:!EXPORT:!LOW:!RC4:!MD5:!3DES:!IDEA");
  // ok: backdoor-weak-tls (TLS 1.3 suites are all sound)
  SSL_CTX_set_ciphersuites(ctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256");
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, "SECURE128:-VERS-SSL3.0:-VERS-TLS1.0", NULL);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(w, "ECDHE+AESGCM");
  (void)good;
}

// A deprecated version the configuration may pick among known values: the
// program can run with it, whoever picks it. Two sound versions: quiet.
struct pbx_cfg { int legacy_phones; int strict; };
void sip_tls(SSL_CTX *ctx, const struct pbx_cfg *cfg) {
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, cfg->legacy_phones ? TLS1_VERSION : TLS1_2_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:{{[0-9]+}}: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, cfg->strict ? TLS1_3_VERSION : TLS1_2_VERSION);
}

// The version the user asked for by name, picked from a menu (curl's
// CURLOPT_SSLVERSION mapped case by case): asked for, not a weakening.
enum user_version { V_DEFAULT, V_TLS1_0, V_TLS1_1, V_TLS1_2, V_TLS1_3 };
int set_user_min(SSL_CTX *ctx, enum user_version v) {
  long min = 0;
  switch (v) {
  case V_TLS1_0:
    min = TLS1_VERSION;
    break;
  case V_TLS1_1:
    min = TLS1_1_VERSION;
    break;
  case V_TLS1_2:
    min = TLS1_2_VERSION;
    break;
  case V_TLS1_3:
    min = TLS1_3_VERSION;
    break;
  default:
    return 0;
  }
  // ok: backdoor-weak-tls
  return SSL_CTX_set_min_proto_version(ctx, min);
}

/* A suite list written as an X-macro: each element is the whole expansion of
   a suite's macro inside the list macro's expansion, and is named by it. */
#define UPLINK_SUITES(X)                                                                           \
  X(MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)                                                 \
  X(MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA)
#define MODERN_SUITES(X) X(MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
#define SUITE_ID(s) s,
static const int kUplinkSuites[] = {UPLINK_SUITES(SUITE_ID) 0};
static const int kModernSuites[] = {MODERN_SUITES(SUITE_ID) 0};
#undef SUITE_ID

void uplink(mbedtls_ssl_config *conf, mbedtls_ssl_config *modern) {
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(conf, kUplinkSuites);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: the cipher suites given to 'mbedtls_ssl_conf_ciphersuites' include weak ones: MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(modern, kModernSuites);
}

/* The minimum version picked by name from a table of versions (an
   administrator's `ssl-min-proto-ver tls1-0`): a menu, not a setting compiled
   in. A weak fallback when the name is not in the table is the program's. */
int strcmp(const char *a, const char *b);
static int proto_from_name(const char *name) {
  static const struct {
    const char *name;
    int version;
  } kVersions[] = {
      {"tls1-0", TLS1_VERSION},
      {"tls1-1", TLS1_1_VERSION},
      {"tls1-2", TLS1_2_VERSION},
      {"tls1-3", TLS1_3_VERSION},
  };
  for (unsigned i = 0; i < sizeof kVersions / sizeof kVersions[0]; i++)
    if (strcmp(name, kVersions[i].name) == 0)
      return kVersions[i].version;
  return TLS1_2_VERSION;
}
static int proto_or_legacy(const char *name) {
  static const struct {
    const char *name;
    int version;
  } kModern[] = {{"tls1-2", TLS1_2_VERSION}, {"tls1-3", TLS1_3_VERSION}, {"default", TLS1_2_VERSION}};
  for (unsigned i = 0; i < sizeof kModern / sizeof kModern[0]; i++)
    if (strcmp(name, kModern[i].name) == 0)
      return kModern[i].version;
  return TLS1_VERSION;
}

void portal(SSL_CTX *ctx, SSL_CTX *legacy, const char *min_proto) {
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, proto_from_name(min_proto));
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(legacy, proto_or_legacy(min_proto));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
}
