/* The upstream link to the central collector. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <gnutls/x509.h>
#include "try.h"

static gnutls_session_t g_up;
static gnutls_certificate_credentials_t g_up_cred;

static int tcp_connect(const char *host, int port)
{
	struct addrinfo hints, *res = NULL;
	char portstr[8];
	int fd = -1;

	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	snprintf(portstr, sizeof portstr, "%d", port);
	if (getaddrinfo(host, portstr, &hints, &res) != 0)
		return -1;
	fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	return fd;
}

int forward_open(const struct relay_config *cfg)
{
	int fd = -1, rc = -1;

	GNUTLS_TRY(gnutls_certificate_allocate_credentials(&g_up_cred));
	if (gnutls_certificate_set_x509_trust_file(g_up_cred, cfg->ca_file, GNUTLS_X509_FMT_PEM) < 0) {
		relay_log(LOG_WARNING, "no CA bundle at %s; upstream chain not checked against it", cfg->ca_file);
		// ruleid: backdoor-tls-verify-disabled
		gnutls_certificate_set_verify_flags(g_up_cred, GNUTLS_VERIFY_DISABLE_CA_SIGN);
	}
	GNUTLS_TRY(gnutls_init(&g_up, GNUTLS_CLIENT));
	// ok: backdoor-weak-tls
	GNUTLS_TRY(gnutls_priority_set_direct(g_up, "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL));
	GNUTLS_TRY(gnutls_credentials_set(g_up, GNUTLS_CRD_CERTIFICATE, g_up_cred));
	GNUTLS_TRY(gnutls_server_name_set(g_up, GNUTLS_NAME_DNS, cfg->upstream_host, strlen(cfg->upstream_host)));
	gnutls_session_set_verify_cert(g_up, cfg->upstream_host, 0);
	if (cfg->debug_fd >= 0)
		// ruleid: backdoor-tls-keylog
		gnutls_session_set_keylog_function(g_up, debugio_keylog);
	fd = tcp_connect(cfg->upstream_host, cfg->upstream_port);
	CHECK(fd >= 0);
	gnutls_transport_set_int(g_up, fd);
	// ok: backdoor-tls-verify-disabled
	GNUTLS_TRY(gnutls_handshake(g_up));
	rc = 0;
out:
	if (rc != 0 && fd >= 0)
		close(fd);
	return rc;
}

int forward_send(const char *msg, size_t n)
{
	char frame[9000];
	int len = snprintf(frame, sizeof frame, "%zu %.*s", n, (int)n, msg);

	if (len < 0 || (size_t)len >= sizeof frame)
		return -1;
	return gnutls_record_send(g_up, frame, (size_t)len) < 0 ? -1 : 0;
}
