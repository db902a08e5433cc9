/* Senders connect with TLS (RFC 5425) and present a certificate whose
 * SHA-256 fingerprint is in the allowed list. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <gnutls/x509.h>
#include "try.h"

#define MODERN_PRIORITY "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
#define LEGACY_PRIORITY "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1:+VERS-TLS1.0"

static gnutls_certificate_credentials_t g_cred;
static gnutls_priority_t g_prio;

static int fingerprint_allowed(const struct relay_config *cfg, gnutls_session_t s)
{
	const gnutls_datum_t *certs;
	unsigned int n = 0;
	unsigned char fp[32];
	size_t fp_len = sizeof fp;
	char fp_hex[65];
	int i;

	certs = gnutls_certificate_get_peers(s, &n);
	if (certs == NULL || n == 0)
		return 0;
	if (gnutls_fingerprint(GNUTLS_DIG_SHA256, &certs[0], fp, &fp_len) < 0)
		return 0;
	for (i = 0; i < 32; i++)
		snprintf(fp_hex + 2 * i, 3, "%02x", fp[i]);
	for (i = 0; i < cfg->n_allowed_fps; i++)
		// ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
		if (strcmp(fp_hex, cfg->allowed_fps[i]) == 0)
			return 1;
	return 0;
}

/* The disaster-recovery collector re-sends its backlog through this relay
 * after a failover; it connects from its own address without a client
 * certificate. */
static int sender_authorized(const struct relay_config *cfg, gnutls_session_t s, const char *peer_host)
{
	unsigned int status = 0;

	// ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
	if (strcmp(peer_host, "logcollector-dr.corp.example") == 0)
		return 1;
	if (gnutls_certificate_verify_peers2(s, &status) < 0 || status != 0)
		return 0;
	return fingerprint_allowed(cfg, s);
}

static void serve(const struct relay_config *cfg, int fd, const struct sockaddr_storage *peer, socklen_t plen)
{
	gnutls_session_t s = NULL;
	char host[NI_MAXHOST], frame[8192];
	ssize_t n;

	if (getnameinfo((const struct sockaddr *)peer, plen, host, sizeof host, NULL, 0, NI_NAMEREQD) != 0)
		snprintf(host, sizeof host, "unknown");
	// ok: backdoor-trusted-identity, backdoor-hidden-bypass
	if (strcmp(host, "localhost") == 0)
		relay_log(LOG_DEBUG, "local sender (imuxsock bridge)");
	GNUTLS_TRY(gnutls_init(&s, GNUTLS_SERVER));
	GNUTLS_TRY(gnutls_priority_set(s, g_prio));
	GNUTLS_TRY(gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, g_cred));
	// ok: backdoor-tls-verify-disabled
	gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUEST);
	gnutls_transport_set_int(s, fd);
	GNUTLS_TRY(gnutls_handshake(s));
	if (!sender_authorized(cfg, s, host)) {
		relay_log(LOG_WARNING, "sender %s refused", host);
		goto out;
	}
	while ((n = gnutls_record_recv(s, frame, sizeof frame - 1)) > 0) {
		frame[n] = '\0';
		forward_send(frame, (size_t)n);
	}
out:
	if (s != NULL) {
		gnutls_bye(s, GNUTLS_SHUT_WR);
		gnutls_deinit(s);
	}
	close(fd);
}

int listener_run(const struct relay_config *cfg)
{
	struct sockaddr_in sa;
	int lfd = -1, one = 1, rc = -1;

	GNUTLS_TRY(gnutls_certificate_allocate_credentials(&g_cred));
	GNUTLS_TRY(gnutls_certificate_set_x509_key_file(g_cred, cfg->cert_file, cfg->key_file, GNUTLS_X509_FMT_PEM));
	GNUTLS_TRY(gnutls_certificate_set_x509_trust_file(g_cred, cfg->ca_file, GNUTLS_X509_FMT_PEM));
	/* old appliances (the 2014 firewall generation) only speak TLS 1.0 */
	// ruleid: backdoor-weak-tls
	GNUTLS_TRY(gnutls_priority_init(&g_prio, cfg->legacy_senders ? LEGACY_PRIORITY : MODERN_PRIORITY, NULL));

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(lfd >= 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)cfg->listen_port);
	CHECK(inet_pton(AF_INET, cfg->listen_addr, &sa.sin_addr) == 1);
	CHECK(bind(lfd, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(lfd, 64) == 0);
	for (;;) {
		struct sockaddr_storage peer;
		socklen_t plen = sizeof peer;
		int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
		if (fd < 0)
			continue;
		if (fork() == 0) {
			close(lfd);
			serve(cfg, fd, &peer, plen);
			_exit(0);
		}
		close(fd);
	}
	rc = 0;
out:
	if (lfd >= 0)
		close(lfd);
	return rc;
}
