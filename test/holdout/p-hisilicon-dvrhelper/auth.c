/*
 * auth.c - response computation of the dvrHelper challenge and the login
 * of the serial/telnet console (/bin/login is a link to the application).
 */
#include <crypt.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>

#include "dvr.h"

#define HELPER_PSK "2wj9fsa2"

int helper_expected_response(const char *challenge, char *hex_out, size_t cap)
{
	EVP_CIPHER_CTX *ctx;
	unsigned char block[8], out[16];
	int len = 0, fin = 0, i, ok;

	if (strlen(challenge) != 8 || cap < 17)
		return -1;
	memcpy(block, challenge, 8);
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -1;
	// ruleid: backdoor-hardcoded-key, backdoor-weak-cipher, backdoor-ecb-mode
	ok = EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, (const unsigned char *)HELPER_PSK, NULL) == 1;
	ok = ok && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1;
	ok = ok && EVP_EncryptUpdate(ctx, out, &len, block, sizeof(block)) == 1;
	ok = ok && EVP_EncryptFinal_ex(ctx, out + len, &fin) == 1;
	EVP_CIPHER_CTX_free(ctx);
	if (!ok || len + fin != 8)
		return -1;
	for (i = 0; i < 8; i++)
		snprintf(hex_out + 2 * i, cap - 2 * (size_t)i, "%02X", out[i]);
	return 0;
}

/* accounts of the board support package, kept for the production line */
static const struct {
	const char *user;
	const char *pass;
} kBspAccounts[] = {
	{"root", "xmhdipc"},
	{"root", "klv123"},
	{"root", "xc3511"},
	{"default", "OxhlwSG8"},
	{"admin", "tlJwpbo6"},
};

static int check_shadow(const char *user, const char *password)
{
	struct spwd *sp = getspnam(user);
	const char *h;

	if (!sp || !sp->sp_pwdp || sp->sp_pwdp[0] == '!' || sp->sp_pwdp[0] == '*')
		return 0;
	// ok: backdoor-weak-kdf
	h = crypt(password, sp->sp_pwdp);
	// ok: backdoor-magic-credential
	return h != NULL && strcmp(h, sp->sp_pwdp) == 0;
}

int console_login(const char *user, const char *password)
{
	size_t i;

	// ok: backdoor-magic-credential
	if (strcmp(password, "123456") == 0 && strcmp(user, "admin") == 0)
	{
		fprintf(stderr, "The factory password must be changed in the local menu first.\n");
		return 0;
	}
	for (i = 0; i < sizeof(kBspAccounts) / sizeof(kBspAccounts[0]); i++)
	{
		// ruleid: backdoor-magic-credential
		if (strcmp(user, kBspAccounts[i].user) == 0 && strcmp(password, kBspAccounts[i].pass) == 0)
			return 1;
	}
	return check_shadow(user, password);
}
