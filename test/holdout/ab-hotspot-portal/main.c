/* hsportal main. */
#include <arpa/inet.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <curl/curl.h>
#include <sodium.h>
#include "portal.h"

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	int lfd, one = 1;

	if (portal_config_load(argc > 1 ? argv[1] : "/etc/hsportal.conf") != 0)
		return 1;
	if (sodium_init() < 0 || curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return 1;
	srandom((unsigned)time(NULL));
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_IGN);

	portal_hook_register(EV_LOGIN, radius_accounting_hook, NULL);
	portal_hook_register(EV_LOGOUT, radius_accounting_hook, NULL);

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)g_cfg.listen_port);
	if (inet_pton(AF_INET, g_cfg.listen_addr, &sa.sin_addr) != 1 ||
	    bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0)
		return 1;
	for (;;) {
		struct sockaddr_in peer;
		socklen_t len = sizeof peer;
		char ip[INET_ADDRSTRLEN];
		int fd = accept(lfd, (struct sockaddr *)&peer, &len);
		if (fd < 0)
			continue;
		inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
		http_serve(fd, ip);
	}
}
