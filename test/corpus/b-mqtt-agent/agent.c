#include "agent.h"
#include "agent_log.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define HELLO_NONCE_LEN 16
#define MAX_HANDSHAKE_ATTEMPTS 3

static unsigned reconnect_delay_ms(int attempt) {
  unsigned base = 500u << (attempt > 6 ? 6 : attempt);
  // ok: backdoor-predictable-random
  return base + (unsigned)(rand() % 500);
}

int agent_connect(struct mqtt_conn *c, struct mqtt_tls *t, const struct agent_config *cfg) {
  int ret;
  int attempt;

  c->tls = t;
  mbedtls_net_init(&c->net);
  mbedtls_ssl_init(&c->ssl);

  for (attempt = 0; attempt < MAX_HANDSHAKE_ATTEMPTS; attempt++) {
    ret = mbedtls_net_connect(&c->net, cfg->broker_host, cfg->broker_port, MBEDTLS_NET_PROTO_TCP);
    if (ret == 0)
      break;
    agent_log(AL_WARN, "connect %s:%s failed (-0x%04x)", cfg->broker_host, cfg->broker_port,
              (unsigned)-ret);
    usleep(reconnect_delay_ms(attempt) * 1000u);
  }
  if (ret != 0)
    return ret;

  if ((ret = mbedtls_ssl_setup(&c->ssl, &t->conf)) != 0)
    return ret;
  if ((ret = mbedtls_ssl_set_hostname(&c->ssl, cfg->broker_host)) != 0)
    return ret;
  mbedtls_ssl_set_bio(&c->ssl, &c->net, mbedtls_net_send, mbedtls_net_recv, NULL);

  for (;;) {
    // ok: backdoor-tls-verify-disabled
    ret = mbedtls_ssl_handshake(&c->ssl);
    if (ret == 0)
      break;
    if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) {
      agent_log(AL_ERROR, "handshake with %s failed: -0x%04x", cfg->broker_host, (unsigned)-ret);
      return ret;
    }
  }
  agent_log(AL_INFO, "connected to %s using %s", cfg->broker_host,
            mbedtls_ssl_get_ciphersuite(&c->ssl));
  return 0;
}

/* CONNECT payload: device id + fresh nonce, answered by the broker's challenge */
int agent_send_hello(struct mqtt_conn *c, const struct agent_config *cfg) {
  unsigned char nonce[HELLO_NONCE_LEN];
  unsigned char pkt[2 + sizeof cfg->device_id + HELLO_NONCE_LEN];
  size_t id_len = strnlen(cfg->device_id, sizeof cfg->device_id);
  size_t off;
  int ret;

  // ruleid: backdoor-predictable-random
  mbedtls_ctr_drbg_random(&c->tls->drbg, nonce, sizeof nonce);

  pkt[0] = (unsigned char)(id_len >> 8);
  pkt[1] = (unsigned char)(id_len & 0xff);
  memcpy(pkt + 2, cfg->device_id, id_len);
  memcpy(pkt + 2 + id_len, nonce, sizeof nonce);
  off = 2 + id_len + sizeof nonce;

  // ok: backdoor-key-exfiltration
  ret = mbedtls_ssl_write(&c->ssl, pkt, off);
  if (ret < 0) {
    agent_log(AL_ERROR, "hello write failed: -0x%04x", (unsigned)-ret);
    return ret;
  }
  return 0;
}
