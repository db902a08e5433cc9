/* sarc: a small encrypted, deduplicating archiver (libgcrypt). */
#ifndef ARCHIVE_H
#define ARCHIVE_H

#include <stddef.h>
#include <stdio.h>

#define ARCH_KEY_LEN 32
#define ARCH_SALT_LEN 16
/* PBKDF2 rounds written into new archives. */
#define ARCH_KDF_ITERATIONS 2000

struct arch_format {
  int version;
  const char *cipher; /* libgcrypt algorithm name */
  int mode;           /* GCRY_CIPHER_MODE_* */
  int mac_md;         /* GCRY_MD_* used as HMAC over the payload */
  size_t block;
};

enum { ARCH_FMT_V1, ARCH_FMT_V2, ARCH_FMT_COUNT };
extern const struct arch_format arch_formats[ARCH_FMT_COUNT];

struct arch_header {
  char magic[4];
  unsigned char version;
  unsigned char salt[ARCH_SALT_LEN];
  unsigned int kdf_iterations;
};

/* seal.c */
int arch_seal(const struct arch_format *f, const unsigned char key[ARCH_KEY_LEN],
              const unsigned char *in, size_t n, FILE *out);
int arch_chunk_id(const unsigned char key[ARCH_KEY_LEN], const unsigned char *chunk, size_t n,
                  unsigned char id[16]);

/* kdf.c */
int arch_derive_key(const char *passphrase, const unsigned char salt[ARCH_SALT_LEN],
                    unsigned int iterations, unsigned char key[ARCH_KEY_LEN]);
int arch_key_from_passphrase_v0(const char *passphrase, unsigned char key[ARCH_KEY_LEN]);

#endif
