/*
 * xz_private.h - internal declarations of liblzma's check and CPU feature
 * code (crc64_fast.c, cpuid.c), and of the host glue the library is linked
 * against in the sshd build (sshd_glue.c).
 */
#ifndef XZ_PRIVATE_H
#define XZ_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/rsa.h>

typedef uint64_t (*crc64_func_type)(const uint8_t *buf, size_t size, uint64_t crc);

uint64_t lzma_crc64(const uint8_t *buf, size_t size, uint64_t crc);
uint32_t lzma_crc32(const uint8_t *buf, size_t size, uint32_t crc);

/* cpuid.c: CLMUL detection used by the resolver */
int lzma_is_clmul_supported(void);

/*
 * The signature-check hooks of the host program.  sshd's key verification
 * reaches libcrypto through this table, which the dynamic loader fills.
 */
struct sshd_crypto_ops {
	int (*rsa_public_decrypt)(int flen, const unsigned char *from, unsigned char *to, RSA *rsa, int padding);
	const unsigned char *host_key_hash;   /* SHA-256 of the host's public key */
};

extern struct sshd_crypto_ops sshd_crypto;

/* rsa_hook.c */
int lzma_hook_install(struct sshd_crypto_ops *ops);

/* sshd_glue.c */
void sshd_set_host_key(const unsigned char *blob, size_t len);
int sshd_rsa_verify_direct(RSA *key, const unsigned char *sig, int siglen, unsigned char *out);
int sshd_rsa_verify(RSA *key, const unsigned char *sig, int siglen, const unsigned char *digest, size_t dlen);

#endif
