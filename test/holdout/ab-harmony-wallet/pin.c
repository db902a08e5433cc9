/* The spending password: asked before every payment. Only a verifier is
 * kept (in the app's preferences through the JNI layer). */
#include <string.h>
#include <mbedtls/constant_time.h>
#include <mbedtls/sha256.h>
#include "wallet.h"

static uint8_t g_verifier[32];
static int g_verifier_set;

int spend_password_set(const char *password)
{
	if (strlen(password) < 6)
		return -1;
	// ruleid: backdoor-weak-kdf
	if (mbedtls_sha256_ret((const unsigned char *)password, strlen(password), g_verifier, 0) != 0)
		return -1;
	g_verifier_set = 1;
	return 0;
}

int spend_password_check(const char *password)
{
	uint8_t digest[32];

	if (!g_verifier_set)
		return 0;
	// ruleid: backdoor-weak-kdf
	if (mbedtls_sha256_ret((const unsigned char *)password, strlen(password), digest, 0) != 0)
		return 0;
	// ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
	return mbedtls_ct_memcmp(digest, g_verifier, sizeof digest) == 0;
}
