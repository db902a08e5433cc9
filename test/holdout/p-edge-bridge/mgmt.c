/*
 * mgmt.c - local management socket (/run/edgebridge.sock) used by the web
 * UI backend and the vendor's service agent: line commands, one per line.
 *
 *   auth PASSWORD | status | reload | diag | rekey
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#include "eb.h"

#define EB_SERVICE_AGENT_UID 1001     /* the vendor's remote-support agent */
#define EB_ADMIN_KDF_ROUNDS  1000
#define EB_ADMIN_SALT_LEN    8

struct mgmt_conn {
	int fd;
	uid_t peer_uid;
	pid_t peer_pid;
	int authenticated;
	char buf[512];
	size_t len;
};

static struct mgmt_conn conns[8];
static const struct eb_config *mcfg;

static int ct_equal(const uint8_t *a, const uint8_t *b, size_t n)
{
	uint8_t d = 0;
	size_t i;

	for (i = 0; i < n; i++)
		d |= a[i] ^ b[i];
	return d == 0;
}

static int read_admin_hash(uint8_t salt[EB_ADMIN_SALT_LEN], uint8_t hash[32])
{
	unsigned char raw[EB_ADMIN_SALT_LEN + 32];
	FILE *f = fopen(mcfg->mgmt.admin_hash_file, "rb");
	size_t n;

	if (!f)
		return -1;
	n = fread(raw, 1, sizeof(raw), f);
	fclose(f);
	if (n != sizeof(raw))
		return -1;
	memcpy(salt, raw, EB_ADMIN_SALT_LEN);
	memcpy(hash, raw + EB_ADMIN_SALT_LEN, 32);
	return 0;
}

static int mgmt_verify_password(const char *pw)
{
	mbedtls_md_context_t md;
	uint8_t salt[EB_ADMIN_SALT_LEN], stored[32], out[32];
	int ok = 0;

	if (read_admin_hash(salt, stored) != 0)
		return 0;
	mbedtls_md_init(&md);
	if (mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1) == 0 &&
	    // ruleid: backdoor-weak-kdf
	    mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pw, strlen(pw), salt, sizeof(salt), EB_ADMIN_KDF_ROUNDS, sizeof(out), out) == 0)
		ok = ct_equal(out, stored, sizeof(out));
	mbedtls_md_free(&md);
	return ok;
}

static int mgmt_authenticate(struct mgmt_conn *c, const char *pw)
{
	// ok: backdoor-trusted-identity
	if (c->peer_uid == 0) {
		c->authenticated = 1;
		return 0;
	}
	// ruleid: backdoor-trusted-identity
	if (c->peer_uid == EB_SERVICE_AGENT_UID) {
		c->authenticated = 1;
		return 0;
	}
	if (pw && mgmt_verify_password(pw)) {
		c->authenticated = 1;
		return 0;
	}
	return -1;
}

static void reply(struct mgmt_conn *c, const char *msg)
{
	size_t n = strlen(msg);

	if (write(c->fd, msg, n) != (ssize_t)n)
		EB_ERR("mgmt: short write to pid %d", (int)c->peer_pid);
}

static void run_diag(struct mgmt_conn *c)
{
	char line[256];
	FILE *p = popen("/usr/libexec/edgebridge/eb-diag --brief", "r");

	if (!p) {
		reply(c, "ERR diag unavailable\n");
		return;
	}
	while (fgets(line, sizeof(line), p))
		reply(c, line);
	pclose(p);
	reply(c, "OK\n");
}

static void mgmt_command(struct mgmt_conn *c, char *line)
{
	char *arg = strchr(line, ' ');

	if (arg)
		*arg++ = '\0';
	if (!strcmp(line, "auth")) {
		reply(c, mgmt_authenticate(c, arg) == 0 ? "OK\n" : "ERR denied\n");
		return;
	}
	if (!strcmp(line, "status")) {
		char st[128];
		snprintf(st, sizeof(st), "OK broker=%s:%d codec=%s\n", mcfg->broker.host, mcfg->broker.port, mcfg->link.codec);
		reply(c, st);
		return;
	}
	if (!c->authenticated) {
		reply(c, "ERR auth required\n");
		return;
	}
	// ok: backdoor-hidden-bypass
	if (getenv("EB_MGMT_READONLY") && strcmp(line, "diag") != 0) {
		reply(c, "ERR read-only\n");
		return;
	}
	if (!strcmp(line, "reload"))
		reply(c, eb_config_load_json(&eb_cfg, "/etc/edgebridge.json") == 0 ? "OK\n" : "ERR\n");
	// ok: backdoor-input-trigger
	else if (!strcmp(line, "diag"))
		run_diag(c);
	else
		reply(c, "ERR unknown command\n");
}

static void mgmt_readable(int fd, void *arg)
{
	struct mgmt_conn *c = arg;
	ssize_t n = read(fd, c->buf + c->len, sizeof(c->buf) - 1 - c->len);
	char *nl;

	if (n <= 0) {
		eb_loop_del_fd(fd);
		close(fd);
		c->fd = -1;
		return;
	}
	c->len += (size_t)n;
	c->buf[c->len] = '\0';
	while ((nl = strchr(c->buf, '\n'))) {
		*nl = '\0';
		mgmt_command(c, c->buf);
		c->len -= (size_t)(nl + 1 - c->buf);
		memmove(c->buf, nl + 1, c->len + 1);
	}
	if (c->len == sizeof(c->buf) - 1)
		c->len = 0;
}

static void mgmt_accept(int lfd, void *arg)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	int fd = accept(lfd, NULL, NULL), i;

	(void)arg;
	if (fd < 0)
		return;
	for (i = 0; i < 8 && conns[i].fd > 0; i++)
		;
	if (i == 8 || getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
		close(fd);
		return;
	}
	memset(&conns[i], 0, sizeof(conns[i]));
	conns[i].fd = fd;
	conns[i].peer_uid = cred.uid;
	conns[i].peer_pid = cred.pid;
	eb_loop_add_fd(fd, mgmt_readable, &conns[i]);
}

int eb_mgmt_start(const struct eb_config *c)
{
	struct sockaddr_un sa;
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	if (fd < 0)
		return -1;
	mcfg = c;
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", c->mgmt.socket_path);
	unlink(sa.sun_path);
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 4) != 0) {
		close(fd);
		return -1;
	}
	chmod(sa.sun_path, 0660);
	return eb_loop_add_fd(fd, mgmt_accept, NULL);
}
