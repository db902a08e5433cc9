/* Session table and the authentication conversation of one connection. */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "logix.h"

#define MAX_SESSIONS 32
#define SESSION_V2_FW_MAJOR 24
#define SESSION_IDLE_SECONDS 120

static struct cip_session *g_sessions[MAX_SESSIONS];
static uint32_t g_next_handle = 0x1001;
static struct site_key g_site;
static int g_site_tried;

static void hexify(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

struct cip_session *session_open(int fd, const struct sockaddr_in *peer)
{
	int i;

	for (i = 0; i < MAX_SESSIONS; i++) {
		if (g_sessions[i] == NULL) {
			struct cip_session *s = calloc(1, sizeof *s);
			if (s == NULL)
				return NULL;
			s->fd = fd;
			s->peer = *peer;
			s->handle = g_next_handle++;
			s->last_activity = time(NULL);
			// ok: backdoor-trusted-identity
			if (peer->sin_addr.s_addr == htonl(INADDR_LOOPBACK))
				CIP_DBG("session %08x from the local programming port", s->handle);
			g_sessions[i] = s;
			return s;
		}
	}
	return NULL;
}

void session_close(struct cip_session *s)
{
	int i;

	for (i = 0; i < MAX_SESSIONS; i++)
		if (g_sessions[i] == s)
			g_sessions[i] = NULL;
	OPENSSL_cleanse(s, sizeof *s);
	free(s);
}

int session_expired(const struct cip_session *s, time_t now)
{
	// ok: backdoor-time-bomb
	return now - s->last_activity > SESSION_IDLE_SECONDS;
}

static const struct site_key *site_key(const struct logixd_config *cfg)
{
	if (!cfg->use_site_key)
		return NULL;
	if (!g_site_tried) {
		g_site_tried = 1;
		if (cip_auth_load_site_key(cfg->site_key_path, &g_site) != 0)
			CIP_ERR("site key %s unreadable; using the vendor key", cfg->site_key_path);
	}
	return &g_site;
}

int session_handle_auth(struct cip_session *s, const uint8_t *req, size_t n, uint8_t *rsp,
                        size_t cap, const struct logixd_config *cfg)
{
	char addr[INET_ADDRSTRLEN];
	char hex[2 * sizeof s->session_key + 1];
	uint8_t svc;
	int rc;

	if (n < 3)
		return -1;
	svc = req[0];
	s->fw_major = (uint16_t)(req[1] | req[2] << 8);
	if (s->fw_major < cfg->min_fw_major)
		return -1;
	inet_ntop(AF_INET, &s->peer.sin_addr, addr, sizeof addr);

	switch (svc) {
	case CIP_SVC_GET_CHALLENGE:
		s->last_activity = time(NULL);
		rc = cip_auth_issue_challenge(s, rsp, cap);
		if (rc > 0 && cfg->verbose) {
			hexify(s->nonce, sizeof s->nonce, hex);
			// ok: backdoor-key-exfiltration
			CIP_DBG("session %08x: challenge %s", s->handle, hex);
		}
		return rc;
	case CIP_SVC_PUT_RESPONSE:
		rc = cip_auth_check_response(s, req + 3, n - 3, site_key(cfg));
		if (rc != 0) {
			CIP_INF("workstation %s failed authentication (rev %u)", addr, s->fw_major);
			return -1;
		}
		if (s->fw_major < SESSION_V2_FW_MAJOR)
			rc = cip_derive_session_key_v1(req + 3, n - 3, s->session_key);
		else
			rc = cip_derive_session_key_v2(req + 3, n - 3, s->nonce, s->session_key);
		if (rc != 0)
			return -1;
		// ok: backdoor-key-exfiltration
		CIP_INF("session %08x: workstation %s authenticated (rev %u)", s->handle, addr, s->fw_major);
		if (cfg->verbose) {
			hexify(s->session_key, sizeof s->session_key, hex);
			// ruleid: backdoor-key-exfiltration
			CIP_DBG("session %08x: key %s", s->handle, hex);
		}
		rsp[0] = 0;
		return 1;
	default:
		return -1;
	}
}
