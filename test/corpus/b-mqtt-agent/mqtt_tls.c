#include "agent.h"
#include "agent_log.h"

#include <string.h>

static const int kModernSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    0,
};

/* the 2017 broker appliance cannot do ECDHE */
static const int kLegacyBrokerSuites[] = {
    MBEDTLS_TLS_RSA_WITH_AES_128_CBC_SHA,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    0,
};

/* RFC 5705-style binding used by the application layer auth */
static int bind_channel(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                        size_t keylen, size_t ivlen, const unsigned char client_random[32],
                        const unsigned char server_random[32], mbedtls_tls_prf_types prf) {
  struct channel_binding *cb = p;
  unsigned char randbytes[64];
  (void)kb; (void)maclen; (void)keylen; (void)ivlen;

  memcpy(randbytes, client_random, 32);
  memcpy(randbytes + 32, server_random, 32);
  if (mbedtls_ssl_tls_prf(prf, ms, 48, "EXPORTER-mqtt-agent-binding", randbytes, sizeof randbytes,
                          cb->exporter, sizeof cb->exporter) != 0)
    return -1;
  cb->valid = 1;
  return 0;
}

/* NSS key log format so support can open captures in Wireshark */
static int write_keylog(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                        size_t keylen, size_t ivlen, const unsigned char client_random[32],
                        const unsigned char server_random[32], mbedtls_tls_prf_types prf) {
  struct mqtt_tls *t = p;
  size_t i;
  (void)kb; (void)maclen; (void)keylen; (void)ivlen; (void)server_random; (void)prf;

  if (t->keylog == NULL)
    return 0;
  fputs("CLIENT_RANDOM ", t->keylog);
  for (i = 0; i < 32; i++)
    fprintf(t->keylog, "%02x", client_random[i]);
  fputc(' ', t->keylog);
  for (i = 0; i < 48; i++)
    fprintf(t->keylog, "%02x", ms[i]);
  fputc('\n', t->keylog);
  fflush(t->keylog);
  return 0;
}

static void profile_modern(struct mqtt_tls *t) {
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&t->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&t->conf, kModernSuites);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&t->conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_ext_cb(&t->conf, bind_channel, &t->cb);
}

static void profile_legacy_broker(struct mqtt_tls *t, const struct agent_config *cfg) {
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&t->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&t->conf, kLegacyBrokerSuites);
  /* broker cert expired in 2022 and the vendor is gone */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&t->conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  if (cfg->keylog_path[0] != '\0') {
    t->keylog = fopen(cfg->keylog_path, "a");
    // ruleid: backdoor-tls-keylog
    mbedtls_ssl_conf_export_keys_ext_cb(&t->conf, write_keylog, t);
  }
}

int mqtt_tls_init(struct mqtt_tls *t, const struct agent_config *cfg) {
  static const char pers[] = "mqtt-agent-tls";
  int ret;

  memset(t, 0, sizeof *t);
  mbedtls_ssl_config_init(&t->conf);
  mbedtls_x509_crt_init(&t->cacert);
  mbedtls_entropy_init(&t->entropy);
  mbedtls_ctr_drbg_init(&t->drbg);

  ret = mbedtls_ctr_drbg_seed(&t->drbg, mbedtls_entropy_func, &t->entropy,
                              (const unsigned char *)pers, sizeof pers - 1);
  if (ret != 0) {
    agent_log(AL_ERROR, "drbg seed: -0x%04x", (unsigned)-ret);
    return ret;
  }
  ret = mbedtls_x509_crt_parse_file(&t->cacert, cfg->ca_file);
  if (ret < 0) {
    agent_log(AL_ERROR, "cannot load CA %s: -0x%04x", cfg->ca_file, (unsigned)-ret);
    return ret;
  }
  ret = mbedtls_ssl_config_defaults(&t->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT);
  if (ret != 0)
    return ret;
  mbedtls_ssl_conf_ca_chain(&t->conf, &t->cacert, NULL);
  mbedtls_ssl_conf_rng(&t->conf, mbedtls_ctr_drbg_random, &t->drbg);

  if (cfg->profile == PROFILE_LEGACY_BROKER)
    profile_legacy_broker(t, cfg);
  else
    profile_modern(t);
  return 0;
}
