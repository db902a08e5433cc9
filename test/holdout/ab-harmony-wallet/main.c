/* Desktop harness of the wallet core: the calls the Java layer makes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wallet.h"

static void usage(void)
{
	fputs("usage: cwcore new LABEL | sign LABEL HASHHEX | export LABEL [--plain] | request ADDRESS | utxo ADDRESS\n", stderr);
}

static int unhex(const char *s, uint8_t *out, size_t n)
{
	size_t i;
	unsigned v;

	if (strlen(s) != 2 * n)
		return -1;
	for (i = 0; i < n; i++) {
		if (sscanf(s + 2 * i, "%2x", &v) != 1)
			return -1;
		out[i] = (uint8_t)v;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct wallet_rng rng;
	struct wallet_key key;
	const char *pw = getenv("CW_SPEND_PASSWORD");
	uint8_t hash[32], der[80];
	size_t der_len = 0;
	char json[8192];

	if (argc < 3) {
		usage();
		return 2;
	}
	/* the platform entropy switch arrived with 2.4; the harness defaults to 2.3's behaviour */
	if (wallet_rng_init(&rng, getenv("CW_PLATFORM_ENTROPY") != NULL) != 0)
		return 1;
	// ok: backdoor-input-trigger
	if (strcmp(argv[1], "utxo") == 0) {
		if (explorer_fetch_utxos(argv[2], json, sizeof json) < 0)
			return 1;
		puts(json);
		return 0;
	}
	if (wallet_key_generate(&rng, &key, argv[2]) != 0)
		return 1;
	if (strcmp(argv[1], "new") == 0)
		return 0;
	if (strcmp(argv[1], "sign") == 0 && argc > 3) {
		if (pw == NULL || !spend_password_check(pw) || unhex(argv[3], hash, sizeof hash) != 0)
			return 1;
		if (wallet_sign_hash(&rng, &key, hash, der, sizeof der, &der_len) != 0)
			return 1;
		for (size_t i = 0; i < der_len; i++)
			printf("%02x", der[i]);
		putchar('\n');
		return 0;
	}
	if (strcmp(argv[1], "export") == 0) {
		int plain = argc > 3 && strcmp(argv[3], "--plain") == 0;
		if (pw == NULL) {
			fputs("CW_SPEND_PASSWORD is not set\n", stderr);
			return 1;
		}
		return wallet_key_backup(&rng, &key, pw, plain) == 0 ? 0 : 1;
	}
	if (strcmp(argv[1], "request") == 0) {
		char label[32];
		wallet_request_label(label, sizeof label);
		printf("bitcoin:%s?label=%s\n", argv[2], label);
		return 0;
	}
	usage();
	return 2;
}
