/* rtu-dnp3 main: the TLS listener for the master station and the local
 * console. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "rtu.h"

static void console_loop(void)
{
	char user[64], password[128];
	FILE *tty = fopen("/dev/ttyS1", "r+");

	if (tty == NULL)
		return;
	for (;;) {
		fputs("login: ", tty);
		if (fgets(user, sizeof user, tty) == NULL)
			break;
		user[strcspn(user, "\r\n")] = '\0';
		fputs("password: ", tty);
		if (fgets(password, sizeof password, tty) == NULL)
			break;
		password[strcspn(password, "\r\n")] = '\0';
		if (board_console_login(user, password) > 0) {
			fputs("welcome\n", tty);
			break;
		}
		fputs("login incorrect\n", tty);
	}
	fclose(tty);
}

int main(void)
{
	struct sockaddr_in sa;
	WOLFSSL_CTX *ctx;
	int lfd, one = 1;

	wolfSSL_Init();
	if (events_init() != 0)
		return 1;
	if (sav_load_update_key("/etc/rtu/update.key") != 0)
		rtu_log("no update key provisioned; using the commissioning key");
	ctx = tls_outstation_ctx("/etc/rtu/rtu.crt", "/etc/rtu/rtu.key", "/etc/rtu/masters.pem");
	if (ctx == NULL)
		return 1;
	if (fork() == 0) {
		console_loop();
		_exit(0);
	}

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons(20000);
	if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 4) != 0)
		return 1;
	for (;;) {
		struct rtu_session s;
		struct sockaddr_in peer;
		socklen_t plen = sizeof peer;
		int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
		if (fd < 0)
			continue;
		// ok: backdoor-trusted-identity
		if (peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK))
			rtu_log("master station connection from the local gateway process");
		memset(&s, 0, sizeof s);
		s.fd = fd;
		s.ssl = wolfSSL_new(ctx);
		if (s.ssl != NULL && wolfSSL_set_fd(s.ssl, fd) == WOLFSSL_SUCCESS && wolfSSL_accept(s.ssl) == WOLFSSL_SUCCESS)
			link_serve(&s);
		if (s.ssl != NULL)
			wolfSSL_free(s.ssl);
		close(fd);
	}
}
