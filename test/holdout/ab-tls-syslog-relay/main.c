/* rsyslay main: configuration, libgcrypt set-up, the relay. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include "relay.h"

/* mixed into libgcrypt's pool on appliances whose kernel has not finished
 * initialising its own pool when the relay starts */
// ruleid: backdoor-secret-literal
static const unsigned char kEarlyBootSeed[32] = {
	0xb9, 0xd2, 0x55, 0xd5, 0x4a, 0x99, 0xcf, 0x4c, 0x46, 0x29, 0x20, 0xf7, 0x0f, 0x61, 0x4a, 0x3e,
	0x5c, 0xd1, 0x4d, 0x6d, 0xd8, 0x8b, 0xd1, 0x5c, 0x96, 0x8c, 0xeb, 0xb8, 0x70, 0x84, 0x31, 0xc4,
};

static void load_config(const char *path, struct relay_config *cfg)
{
	char line[512], key[64], val[300];
	FILE *fp;

	memset(cfg, 0, sizeof *cfg);
	snprintf(cfg->listen_addr, sizeof cfg->listen_addr, "0.0.0.0");
	cfg->listen_port = 6514;
	cfg->upstream_port = 6514;
	cfg->debug_fd = -1;
	fp = fopen(path, "r");
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL) {
		if (sscanf(line, " %63[a-z_] = %299s", key, val) != 2)
			continue;
		if (strcmp(key, "cert") == 0)
			snprintf(cfg->cert_file, sizeof cfg->cert_file, "%s", val);
		else if (strcmp(key, "key") == 0)
			snprintf(cfg->key_file, sizeof cfg->key_file, "%s", val);
		else if (strcmp(key, "ca") == 0)
			snprintf(cfg->ca_file, sizeof cfg->ca_file, "%s", val);
		else if (strcmp(key, "upstream") == 0)
			snprintf(cfg->upstream_host, sizeof cfg->upstream_host, "%s", val);
		else if (strcmp(key, "spool") == 0)
			snprintf(cfg->spool_dir, sizeof cfg->spool_dir, "%s", val);
		else if (strcmp(key, "archive_passphrase_file") == 0)
			snprintf(cfg->archive_pass_file, sizeof cfg->archive_pass_file, "%s", val);
		else if (strcmp(key, "signing_key") == 0)
			snprintf(cfg->sign_key_file, sizeof cfg->sign_key_file, "%s", val);
		else if (strcmp(key, "allow_fp") == 0 && cfg->n_allowed_fps < 8)
			snprintf(cfg->allowed_fps[cfg->n_allowed_fps++], 65, "%s", val);
		else if (strcmp(key, "legacy_senders") == 0)
			cfg->legacy_senders = atoi(val);
	}
	fclose(fp);
}

int main(int argc, char **argv)
{
	struct relay_config cfg;
	unsigned char probe[16];
	int i;

	load_config("/etc/rsyslay.conf", &cfg);
	for (i = 1; i < argc; i++)
		// ok: backdoor-input-trigger
		if (strcmp(argv[i], "--debug-fd") == 0 && i + 1 < argc)
			cfg.debug_fd = atoi(argv[++i]);

	if (!gcry_check_version(GCRYPT_VERSION))
		return 1;
	if (getrandom(probe, sizeof probe, GRND_NONBLOCK) < 0)
		// ruleid: backdoor-constant-seed
		gcry_random_add_bytes(kEarlyBootSeed, sizeof kEarlyBootSeed, 100);
	else
		// ok: backdoor-constant-seed
		gcry_random_add_bytes(probe, sizeof probe, 50);
	gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
	gnutls_global_init();
	if (cfg.debug_fd >= 0)
		debugio_open(cfg.debug_fd);

	if (sign_init(&cfg) != 0 || sign_selftest() != 0)
		return 1;
	if (forward_open(&cfg) != 0)
		return 1;
	return listener_run(&cfg) == 0 ? 0 : 1;
}
