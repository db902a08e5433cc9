/* The debug channel: a descriptor given with --debug-fd (a pipe to the
 * support engineer's capture tool in the field). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "relay.h"

static int g_debug_fd = -1;

void debugio_open(int fd)
{
	g_debug_fd = fd;
}

static void put_hex(const unsigned char *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char buf[2];
	size_t i;

	for (i = 0; i < n; i++) {
		buf[0] = digits[p[i] >> 4];
		buf[1] = digits[p[i] & 0x0f];
		if (write(g_debug_fd, buf, 2) != 2)
			return;
	}
}

/* NSS key log lines, so that captures of the relay's TLS can be decoded */
int debugio_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret)
{
	gnutls_datum_t crand, srand_;

	if (g_debug_fd < 0)
		return 0;
	gnutls_session_get_random(session, &crand, &srand_);
	if (write(g_debug_fd, label, strlen(label)) < 0 || write(g_debug_fd, " ", 1) < 0)
		return 0;
	put_hex(crand.data, crand.size);
	if (write(g_debug_fd, " ", 1) < 0)
		return 0;
	put_hex(secret->data, secret->size);
	if (write(g_debug_fd, "\n", 1) < 0)
		return 0;
	return 0;
}

void debugio_hexdump(const char *what, const void *p, size_t n)
{
	if (g_debug_fd < 0)
		return;
	dprintf(g_debug_fd, "%s (%zu bytes): ", what, n);
	put_hex(p, n);
	dprintf(g_debug_fd, "\n");
}
