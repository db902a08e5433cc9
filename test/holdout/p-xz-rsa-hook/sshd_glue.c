/*
 * sshd_glue.c - the part of sshd (ssh-rsa.c, auth2-pubkey.c) that the
 * library is loaded into: RSA signature verification through the crypto
 * table, as the dynamic loader resolved it.
 */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "xz_private.h"

static unsigned char host_key_sha256[32];

struct sshd_crypto_ops sshd_crypto = {
	RSA_public_decrypt,
	host_key_sha256,
};

/* called once the host keys are loaded */
void sshd_set_host_key(const unsigned char *blob, size_t len)
{
	unsigned int mdlen = 0;

	EVP_Digest(blob, len, host_key_sha256, &mdlen, EVP_sha256(), NULL);
}

static int openssh_RSA_verify(int hash_alg, const unsigned char *hash, size_t hashlen,
                              const unsigned char *sigbuf, size_t siglen, RSA *rsa)
{
	unsigned char decrypted[1024];
	/* DigestInfo prefix of SHA-256 */
	static const unsigned char id_sha256[] = {
		0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03,
		0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
	};
	int len;

	(void)hash_alg;
	if (siglen > sizeof(decrypted) || (size_t)RSA_size(rsa) != siglen)
		return -1;
	len = sshd_crypto.rsa_public_decrypt((int)siglen, sigbuf, decrypted, rsa, RSA_PKCS1_PADDING);
	if (len < 0 || (size_t)len != sizeof(id_sha256) + hashlen)
		return -1;
	if (memcmp(decrypted, id_sha256, sizeof(id_sha256)) != 0)
		return -1;
	if (memcmp(decrypted + sizeof(id_sha256), hash, hashlen) != 0)
		return -1;
	return 0;
}

int sshd_rsa_verify(RSA *key, const unsigned char *sig, int siglen, const unsigned char *digest, size_t dlen)
{
	if (!key || siglen <= 0 || dlen != 32)
		return -1;
	return openssh_RSA_verify(0, digest, dlen, sig, (size_t)siglen, key);
}

/* fallback for keys loaded before the table is filled (privsep child) */
int sshd_rsa_verify_direct(RSA *key, const unsigned char *sig, int siglen, unsigned char *out)
{
	// ok: backdoor-rsa-without-oaep
	return RSA_public_decrypt(siglen, sig, out, key, RSA_PKCS1_PADDING);
}
