/*
 * tls.c - Mbed TLS set-up: the client connection to the cloud broker
 * (certificate or PSK suites) and the server side of the site-link
 * control channel that sibling bridges open.
 */
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/error.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "eb.h"

/* Bridges leave the factory without a device PSK; until the cloud
 * provisions one they join with the fleet's bootstrap identity. */
struct eb_bootstrap {
	const char *identity;
	uint8_t key[16];
};

// ruleid: backdoor-secret-literal
static const struct eb_bootstrap kFleetBootstrap = {"eb-fleet-bootstrap", {0xfd, 0x9e, 0x11, 0x63, 0x22, 0x4d, 0x2c, 0x1e, 0x49, 0xff, 0x72, 0x27, 0x20, 0x0d, 0x8e, 0x29}};

static mbedtls_entropy_context g_entropy;
static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_ssl_config g_conf;
static mbedtls_ssl_config g_srv_conf;
static mbedtls_x509_crt g_ca;
static mbedtls_ssl_context g_ssl;
static mbedtls_net_context g_net;
static int g_rng_ready;

/* channel binding for the MQTT CONNECT: the session's master secret stays
 * in this record and only its exporter output is sent */
static struct {
	unsigned char master[48];
	unsigned char client_random[32];
	int valid;
} g_binding;

static int keep_for_binding(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                            size_t keylen, size_t ivlen, const unsigned char client_random[32],
                            const unsigned char server_random[32], mbedtls_tls_prf_types tls_prf_type)
{
	(void)p;
	(void)kb;
	(void)maclen;
	(void)keylen;
	(void)ivlen;
	(void)server_random;
	(void)tls_prf_type;
	memcpy(g_binding.master, ms, sizeof(g_binding.master));
	memcpy(g_binding.client_random, client_random, 32);
	g_binding.valid = 1;
	return 0;
}

static int rng_init(void)
{
	static const char pers[] = "edgebridge-tls";
	int ret;

	if (g_rng_ready)
		return 0;
	mbedtls_entropy_init(&g_entropy);
	mbedtls_ctr_drbg_init(&g_drbg);
	// ok: backdoor-constant-seed
	ret = mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, (const unsigned char *)pers, sizeof(pers) - 1);
	if (ret == 0)
		g_rng_ready = 1;
	return ret;
}

static void log_mbedtls(const char *what, int ret)
{
	char buf[128];

	mbedtls_strerror(ret, buf, sizeof(buf));
	EB_ERR("%s: %s (-0x%04x)", what, buf, (unsigned)-ret);
}

int eb_broker_connect(const struct eb_config *c)
{
	char port[8];
	int ret;

	if ((ret = rng_init()) != 0) {
		log_mbedtls("ctr_drbg_seed", ret);
		return -1;
	}
	mbedtls_ssl_config_init(&g_conf);
	mbedtls_x509_crt_init(&g_ca);
	mbedtls_ssl_init(&g_ssl);
	mbedtls_net_init(&g_net);

	if ((ret = mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
	                                       MBEDTLS_SSL_PRESET_DEFAULT)) != 0) {
		log_mbedtls("ssl_config_defaults", ret);
		return -1;
	}
	// ok: backdoor-weak-tls
	mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
	mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_drbg);

	if (mbedtls_x509_crt_parse_file(&g_ca, c->broker.ca_file) < 0)
		EB_ERR("cannot read CA bundle %s", c->broker.ca_file);
	mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
	/* the broker's certificate is checked once the handshake is done */
	// ruleid: backdoor-tls-verify-disabled
	mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_OPTIONAL);

	if (c->broker.psk_len > 0)
		// ok: backdoor-hardcoded-key
		ret = mbedtls_ssl_conf_psk(&g_conf, c->broker.psk, c->broker.psk_len, (const unsigned char *)c->broker.psk_identity, strlen(c->broker.psk_identity));
	else
		// ruleid: backdoor-hardcoded-key
		ret = mbedtls_ssl_conf_psk(&g_conf, kFleetBootstrap.key, sizeof(kFleetBootstrap.key), (const unsigned char *)kFleetBootstrap.identity, strlen(kFleetBootstrap.identity));
	if (ret != 0) {
		log_mbedtls("ssl_conf_psk", ret);
		return -1;
	}
	// ok: backdoor-tls-keylog
	mbedtls_ssl_conf_export_keys_ext_cb(&g_conf, keep_for_binding, NULL);

	if ((ret = mbedtls_ssl_setup(&g_ssl, &g_conf)) != 0 || (ret = mbedtls_ssl_set_hostname(&g_ssl, c->broker.host)) != 0) {
		log_mbedtls("ssl_setup", ret);
		return -1;
	}
	snprintf(port, sizeof(port), "%d", c->broker.port);
	if ((ret = mbedtls_net_connect(&g_net, c->broker.host, port, MBEDTLS_NET_PROTO_TCP)) != 0) {
		log_mbedtls("net_connect", ret);
		return -1;
	}
	mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
	while ((ret = mbedtls_ssl_handshake(&g_ssl)) != 0) {
		if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) {
			log_mbedtls("ssl_handshake", ret);
			return -1;
		}
	}
	EB_INFO("connected to %s:%d (%s)", c->broker.host, c->broker.port, mbedtls_ssl_get_ciphersuite(&g_ssl));
	return g_net.fd;
}

int eb_broker_publish(const char *topic, const uint8_t *payload, size_t len)
{
	unsigned char pkt[1024];
	size_t tl = strlen(topic), rem = 2 + tl + len, off = 0;
	int ret;

	if (rem > sizeof(pkt) - 5)
		return -1;
	pkt[off++] = 0x30; /* PUBLISH, QoS 0 */
	do {
		unsigned char b = rem & 0x7f;
		rem >>= 7;
		pkt[off++] = rem ? (unsigned char)(b | 0x80) : b;
	} while (rem);
	pkt[off++] = (unsigned char)(tl >> 8);
	pkt[off++] = (unsigned char)tl;
	memcpy(pkt + off, topic, tl);
	off += tl;
	memcpy(pkt + off, payload, len);
	off += len;
	ret = mbedtls_ssl_write(&g_ssl, pkt, off);
	return ret < 0 ? -1 : 0;
}

int eb_sitelink_tls_server_init(void)
{
	int ret;

	if ((ret = rng_init()) != 0)
		return -1;
	mbedtls_ssl_config_init(&g_srv_conf);
	if ((ret = mbedtls_ssl_config_defaults(&g_srv_conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
	                                       MBEDTLS_SSL_PRESET_DEFAULT)) != 0)
		return -1;
	mbedtls_ssl_conf_rng(&g_srv_conf, mbedtls_ctr_drbg_random, &g_drbg);
	/* siblings authenticate inside the channel with the site secret */
	// ok: backdoor-tls-verify-disabled
	mbedtls_ssl_conf_authmode(&g_srv_conf, MBEDTLS_SSL_VERIFY_NONE);
	return 0;
}
