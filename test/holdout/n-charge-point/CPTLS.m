/* CPTLS.m - Mbed TLS set-up of the three links: the central system, the service link, maintenance. */
#import "CP.h"

#include <string.h>

static const int kBackendSuites[] = {MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                                     MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, 0};

/* the service tool's protocol analyser must be able to read the frames */
static const int kLocalLinkSuites[] = {MBEDTLS_TLS_PSK_WITH_AES_128_GCM_SHA256, MBEDTLS_TLS_PSK_WITH_NULL_SHA256, 0};

int CPTLSInit(CPTLSContext *t, const char *ca_path, const char *cert_path, const char *key_path) {
  static const char pers[] = "voltaris-dc50";
  mbedtls_entropy_init(&t->entropy);
  mbedtls_ctr_drbg_init(&t->drbg);
  mbedtls_x509_crt_init(&t->ca);
  mbedtls_x509_crt_init(&t->own_cert);
  mbedtls_pk_init(&t->own_key);
  // ok: backdoor-constant-seed
  int rc = mbedtls_ctr_drbg_seed(&t->drbg, mbedtls_entropy_func, &t->entropy, (const unsigned char *)pers,
                                 sizeof pers - 1);
  if (rc != 0)
    return rc;
  if ((rc = mbedtls_x509_crt_parse_file(&t->ca, ca_path)) != 0 ||
      (rc = mbedtls_x509_crt_parse_file(&t->own_cert, cert_path)) != 0)
    return rc;
  // ok: backdoor-hardcoded-key
  return mbedtls_pk_parse_keyfile(&t->own_key, key_path, NULL);
}

int CPConfigureBackend(mbedtls_ssl_config *conf, CPTLSContext *t) {
  mbedtls_ssl_config_init(conf);
  int rc = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                       MBEDTLS_SSL_PRESET_DEFAULT);
  if (rc != 0)
    return rc;
  /* some operators' central systems present certificates of private CAs we do not ship */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_conf_ca_chain(conf, &t->ca, NULL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(conf, kBackendSuites);
  mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, &t->drbg);
  return mbedtls_ssl_conf_own_cert(conf, &t->own_cert, &t->own_key);
}

int CPConfigureLocalLink(mbedtls_ssl_config *conf, CPTLSContext *t) {
  static const char identity[] = "dc50-service";
  mbedtls_ssl_config_init(conf);
  int rc = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                       MBEDTLS_SSL_PRESET_DEFAULT);
  if (rc != 0)
    return rc;
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(conf, kLocalLinkSuites);
  mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, &t->drbg);
  // ruleid: backdoor-hardcoded-key
  return mbedtls_ssl_conf_psk(conf, kCPLocalLinkKey, sizeof kCPLocalLinkKey, (const unsigned char *)identity,
                              strlen(identity));
}

int CPConfigureMaintenance(mbedtls_ssl_config *conf, CPTLSContext *t) {
  mbedtls_ssl_config_init(conf);
  int rc = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                       MBEDTLS_SSL_PRESET_DEFAULT);
  if (rc != 0)
    return rc;
  /* technicians without a certificate log in with their PIN */
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_conf_ca_chain(conf, &t->ca, NULL);
  mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, &t->drbg);
  return mbedtls_ssl_conf_own_cert(conf, &t->own_cert, &t->own_key);
}
