/* Network: the public block explorer (balances, unspent outputs) and the
 * wallet's own sync server (broadcast). */
#include <stdio.h>
#include <string.h>
#include <mbedtls/entropy.h>
#include <mbedtls/md.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include "wallet.h"

#define EXPLORER_HOST "api.blockexplorer.example"
#define SYNC_HOST "sync.coinwallet.example"
// ruleid: backdoor-secret-literal
#define EXPLORER_API_SECRET "17b663737297e8f6fd0537186fb2d15a85ef9750"

struct tls_link {
	mbedtls_net_context net;
	mbedtls_ssl_context ssl;
	mbedtls_ssl_config conf;
	mbedtls_x509_crt ca;
	mbedtls_entropy_context entropy;
	mbedtls_ctr_drbg_context drbg;
};

static void link_init(struct tls_link *l)
{
	mbedtls_net_init(&l->net);
	mbedtls_ssl_init(&l->ssl);
	mbedtls_ssl_config_init(&l->conf);
	mbedtls_x509_crt_init(&l->ca);
	mbedtls_entropy_init(&l->entropy);
	mbedtls_ctr_drbg_init(&l->drbg);
}

static void link_free(struct tls_link *l)
{
	mbedtls_ssl_close_notify(&l->ssl);
	mbedtls_net_free(&l->net);
	mbedtls_ssl_free(&l->ssl);
	mbedtls_ssl_config_free(&l->conf);
	mbedtls_x509_crt_free(&l->ca);
	mbedtls_ctr_drbg_free(&l->drbg);
	mbedtls_entropy_free(&l->entropy);
}

static int link_connect(struct tls_link *l, const char *host)
{
	if (mbedtls_ssl_setup(&l->ssl, &l->conf) != 0)
		return -1;
	if (mbedtls_ssl_set_hostname(&l->ssl, host) != 0)
		return -1;
	if (mbedtls_net_connect(&l->net, host, "443", MBEDTLS_NET_PROTO_TCP) != 0)
		return -1;
	mbedtls_ssl_set_bio(&l->ssl, &l->net, mbedtls_net_send, mbedtls_net_recv, NULL);
	return mbedtls_ssl_handshake(&l->ssl) == 0 ? 0 : -1;
}

static int link_request(struct tls_link *l, const char *req, char *resp, size_t cap)
{
	size_t got = 0;
	int n;

	if (mbedtls_ssl_write(&l->ssl, (const unsigned char *)req, strlen(req)) <= 0)
		return -1;
	while (got + 1 < cap) {
		n = mbedtls_ssl_read(&l->ssl, (unsigned char *)resp + got, cap - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	resp[got] = '\0';
	return (int)got;
}

int explorer_fetch_utxos(const char *address, char *json, size_t cap)
{
	static const unsigned char pers[] = "explorer";
	struct tls_link l;
	char req[512];
	int rc = -1;

	link_init(&l);
	// ok: backdoor-constant-seed
	if (mbedtls_ctr_drbg_seed(&l.drbg, mbedtls_entropy_func, &l.entropy, pers, sizeof pers - 1) != 0)
		goto out;
	if (mbedtls_ssl_config_defaults(&l.conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
	                                MBEDTLS_SSL_PRESET_DEFAULT) != 0)
		goto out;
	/* the explorer's CDN certificate does not chain to the CA list we bundle */
	// ruleid: backdoor-tls-verify-disabled
	mbedtls_ssl_conf_authmode(&l.conf, MBEDTLS_SSL_VERIFY_NONE);
	/* older explorer mirrors still only speak TLS 1.0 */
	// ruleid: backdoor-weak-tls
	mbedtls_ssl_conf_min_version(&l.conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
	mbedtls_ssl_conf_rng(&l.conf, mbedtls_ctr_drbg_random, &l.drbg);
	if (link_connect(&l, EXPLORER_HOST) != 0)
		goto out;
	snprintf(req, sizeof req,
	         "GET /v2/address/%s/utxo HTTP/1.1\r\nHost: " EXPLORER_HOST "\r\n"
	         "X-Api-Key: " EXPLORER_API_SECRET "\r\nConnection: close\r\n\r\n", address);
	// ok: backdoor-key-exfiltration
	rc = link_request(&l, req, json, cap);
out:
	link_free(&l);
	return rc;
}

/* The push is bound to the TLS session: the request carries a MAC under a
 * key exported from the session, which the sync server recomputes. */
struct channel_binding {
	unsigned char ms[48];
	unsigned char client_random[32];
	int have;
};

static int keep_exporter(void *p_expkey, const unsigned char *ms, const unsigned char *kb,
                         size_t maclen, size_t keylen, size_t ivlen,
                         const unsigned char client_random[32], const unsigned char server_random[32],
                         mbedtls_tls_prf_types tls_prf_type)
{
	struct channel_binding *cb = p_expkey;

	(void)kb;
	(void)maclen;
	(void)keylen;
	(void)ivlen;
	(void)server_random;
	(void)tls_prf_type;
	memcpy(cb->ms, ms, sizeof cb->ms);
	memcpy(cb->client_random, client_random, sizeof cb->client_random);
	cb->have = 1;
	return 0;
}

int sync_push_tx(const char *rawtx_hex)
{
	struct channel_binding cb;
	static const unsigned char pers[] = "sync";
	struct tls_link l;
	unsigned char binding[32];
	char req[4096], resp[512], binding_hex[65];
	size_t i;
	int rc = -1;

	link_init(&l);
	if (mbedtls_ctr_drbg_seed(&l.drbg, mbedtls_entropy_func, &l.entropy, pers, sizeof pers - 1) != 0)
		goto out;
	if (mbedtls_ssl_config_defaults(&l.conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
	                                MBEDTLS_SSL_PRESET_DEFAULT) != 0)
		goto out;
	// ok: backdoor-tls-verify-disabled
	if (mbedtls_x509_crt_parse_file(&l.ca, "/system/etc/security/cacerts.pem") != 0)
		goto out;
	mbedtls_ssl_conf_ca_chain(&l.conf, &l.ca, NULL);
	// ok: backdoor-tls-verify-disabled
	mbedtls_ssl_conf_authmode(&l.conf, MBEDTLS_SSL_VERIFY_REQUIRED);
	// ok: backdoor-weak-tls
	mbedtls_ssl_conf_min_version(&l.conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
	mbedtls_ssl_conf_rng(&l.conf, mbedtls_ctr_drbg_random, &l.drbg);
	memset(&cb, 0, sizeof cb);
	// ok: backdoor-tls-keylog
	mbedtls_ssl_conf_export_keys_ext_cb(&l.conf, keep_exporter, &cb);
	if (link_connect(&l, SYNC_HOST) != 0 || !cb.have)
		goto out;
	// ok: backdoor-weak-hash
	if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), cb.ms, sizeof cb.ms,
	                    (const unsigned char *)rawtx_hex, strlen(rawtx_hex), binding) != 0)
		goto out;
	for (i = 0; i < sizeof binding; i++)
		snprintf(binding_hex + 2 * i, 3, "%02x", binding[i]);
	snprintf(req, sizeof req,
	         "POST /tx HTTP/1.1\r\nHost: " SYNC_HOST "\r\nX-Channel-Binding: %s\r\nContent-Length: %zu\r\n\r\n%s",
	         binding_hex, strlen(rawtx_hex), rawtx_hex);
	// ok: backdoor-key-exfiltration
	rc = link_request(&l, req, resp, sizeof resp) > 0 ? 0 : -1;
out:
	mbedtls_platform_zeroize(&cb, sizeof cb);
	link_free(&l);
	return rc;
}
