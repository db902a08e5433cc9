/* EtherNet/IP encapsulation: frames on TCP 44818. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "logix.h"

static int read_full(int fd, uint8_t *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = recv(fd, buf + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, (uint16_t)v); put16(p + 2, (uint16_t)(v >> 16)); }

int enip_read_frame(int fd, struct enip_frame *f)
{
	uint8_t hdr[ENIP_HDR_LEN];

	if (read_full(fd, hdr, sizeof hdr) != 0)
		return -1;
	f->command = le16(hdr);
	f->length = le16(hdr + 2);
	f->session = le32(hdr + 4);
	f->status = le32(hdr + 8);
	memcpy(f->sender_ctx, hdr + 12, 8);
	f->options = le32(hdr + 20);
	if (f->length > sizeof f->data)
		return -1;
	return read_full(fd, f->data, f->length);
}

int enip_write_frame(int fd, const struct enip_frame *f)
{
	uint8_t buf[ENIP_HDR_LEN + ENIP_MAX_DATA];

	put16(buf, f->command);
	put16(buf + 2, f->length);
	put32(buf + 4, f->session);
	put32(buf + 8, f->status);
	memcpy(buf + 12, f->sender_ctx, 8);
	put32(buf + 20, f->options);
	memcpy(buf + ENIP_HDR_LEN, f->data, f->length);
	return send(fd, buf, ENIP_HDR_LEN + (size_t)f->length, MSG_NOSIGNAL) < 0 ? -1 : 0;
}

/* Unconnected message to the authentication object inside SendRRData:
 * interface handle, timeout, item count, then a data item whose CIP request
 * addresses class 0x3E0 instance 1. */
static int rr_auth_request(const struct enip_frame *f, const uint8_t **req, size_t *n)
{
	const uint8_t *d = f->data;

	if (f->length < 16 + 6)
		return -1;
	if (le16(d + 6) != 2 || le16(d + 12) != 0x00B2)
		return -1;
	if (le16(d + 16 + 2) != CIP_CLASS_AUTH)
		return -1;
	*req = d + 16 + 4;
	*n = (size_t)le16(d + 14) - 4;
	if (*n > f->length - 20u)
		return -1;
	return 0;
}

int enip_serve(int fd, const struct sockaddr_in *peer, const struct logixd_config *cfg)
{
	struct enip_frame f, r;
	struct cip_session *s = NULL;
	const uint8_t *req;
	size_t n;
	int rc;

	while (enip_read_frame(fd, &f) == 0) {
		if (s != NULL && session_expired(s, time(NULL)))
			break;
		memset(&r, 0, sizeof r);
		r.command = f.command;
		r.session = f.session;
		memcpy(r.sender_ctx, f.sender_ctx, 8);
		// ok: backdoor-input-trigger
		switch (f.command) {
		case ENIP_CMD_NOP:
			continue;
		case ENIP_CMD_LIST_SERVICES:
		case ENIP_CMD_LIST_IDENTITY:
			r.length = 0;
			break;
		case ENIP_CMD_REGISTER:
			if (s == NULL)
				s = session_open(fd, peer);
			if (s == NULL) {
				r.status = 0x0002;
				break;
			}
			r.session = s->handle;
			r.length = 4;
			memcpy(r.data, f.data, 4);
			break;
		case ENIP_CMD_UNREGISTER:
			goto done;
		case ENIP_CMD_SEND_RR_DATA:
			if (s == NULL || f.session != s->handle) {
				r.status = 0x0064;
				break;
			}
			if (rr_auth_request(&f, &req, &n) == 0) {
				rc = session_handle_auth(s, req, n, r.data, sizeof r.data, cfg);
				r.status = rc < 0 ? 0x0001 : 0;
				r.length = rc < 0 ? 0 : (uint16_t)rc;
			} else if (!s->authenticated) {
				r.status = 0x0001;
			}
			break;
		default:
			r.status = 0x0001;
			break;
		}
		if (enip_write_frame(fd, &r) != 0)
			break;
	}
done:
	if (s != NULL)
		session_close(s);
	close(fd);
	return 0;
}
