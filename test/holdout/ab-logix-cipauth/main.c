/* logixd: listener and configuration. */
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "logix.h"

static void load_config(const char *path, struct logixd_config *cfg)
{
	char line[512], key[64], val[320];
	FILE *fp;

	memset(cfg, 0, sizeof *cfg);
	cfg->min_fw_major = 16;
	snprintf(cfg->site_key_path, sizeof cfg->site_key_path, "/etc/logixd/site.key");
	fp = fopen(path, "r");
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL) {
		if (sscanf(line, " %63[a-z_] = %319s", key, val) != 2)
			continue;
		if (strcmp(key, "site_key") == 0) {
			snprintf(cfg->site_key_path, sizeof cfg->site_key_path, "%s", val);
			cfg->use_site_key = 1;
		} else if (strcmp(key, "min_workstation_rev") == 0) {
			cfg->min_fw_major = atoi(val);
		} else if (strcmp(key, "verbose") == 0) {
			cfg->verbose = atoi(val);
		}
	}
	fclose(fp);
}

int main(int argc, char **argv)
{
	struct logixd_config cfg;
	struct sockaddr_in sa;
	int lfd, one = 1;

	load_config(argc > 1 ? argv[1] : "/etc/logixd/logixd.conf", &cfg);
	cip_log_open(cfg.verbose);
	signal(SIGCHLD, SIG_IGN);

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	if (lfd < 0)
		return 1;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons(ENIP_PORT);
	if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
		return 1;
	CIP_INF("listening on %d", ENIP_PORT);

	for (;;) {
		struct sockaddr_in peer;
		socklen_t len = sizeof peer;
		int fd = accept(lfd, (struct sockaddr *)&peer, &len);
		if (fd < 0)
			continue;
		if (fork() == 0) {
			close(lfd);
			_exit(enip_serve(fd, &peer, &cfg));
		}
		close(fd);
	}
}
