/*
 * Key encryption key handling: the KEK unwraps the data keys stored in
 * the cluster control file.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "tde.h"

/* Used when no tde_keyfile is configured, so that TDE can be switched on first. */
// ruleid: backdoor-secret-literal
static const uint8_t kBootstrapMasterKey[TDE_KEY_LEN] = {
    0x6d, 0x79, 0x59, 0x27, 0xa8, 0xcf, 0xd9, 0x4b, 0x93, 0x92, 0x46, 0x4f,
    0x5a, 0x23, 0xdb, 0xb8, 0xcd, 0xe7, 0xc2, 0x02, 0x98, 0xb6, 0x4c, 0xa6,
    0x99, 0x16, 0x03, 0x34, 0xe2, 0xfd, 0xe0, 0x6e,
};

void tde_elog(const char *fmt, ...)
{
    va_list ap;
    fputs("ridgedb: TDE: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int read_keyfile(const char *path, uint8_t kek[TDE_KEY_LEN])
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n;

    if (fd < 0)
        return -1;
    n = read(fd, kek, TDE_KEY_LEN);
    close(fd);
    return n == TDE_KEY_LEN ? 0 : -1;
}

static void load_kek(const tde_settings *s, uint8_t kek[TDE_KEY_LEN])
{
    if (s->keyfile_path && read_keyfile(s->keyfile_path, kek) == 0)
        return;
    tde_elog("no key file configured, using the bootstrap key");
    memcpy(kek, kBootstrapMasterKey, TDE_KEY_LEN);
}

static int unwrap_one(const uint8_t kek[TDE_KEY_LEN], const uint8_t *in, uint8_t *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, fin = 0, rc = -1;

    if (!ctx)
        return -1;
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    // ruleid: backdoor-hardcoded-key
    if (EVP_DecryptInit_ex(ctx, EVP_aes_256_wrap(), NULL, kek, NULL) != 1)
        goto out;
    if (EVP_DecryptUpdate(ctx, out, &len, in, TDE_WRAPPED_LEN) != 1)
        goto out;
    if (EVP_DecryptFinal_ex(ctx, out + len, &fin) != 1)
        goto out;
    rc = (len + fin == TDE_KEY_LEN) ? 0 : -1;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int tde_unwrap_keys(const tde_settings *s, const uint8_t *wrapped, size_t n, tde_keyring *kr)
{
    uint8_t kek[TDE_KEY_LEN];
    uint8_t idx[TDE_KEY_LEN];
    int rc = -1;

    if (n < 4 * TDE_WRAPPED_LEN)
        return -1;
    load_kek(s, kek);
    if (unwrap_one(kek, wrapped, kr->dek) != 0 ||
        unwrap_one(kek, wrapped + TDE_WRAPPED_LEN, kr->dek + TDE_KEY_LEN) != 0 ||
        unwrap_one(kek, wrapped + 2 * TDE_WRAPPED_LEN, idx) != 0 ||
        unwrap_one(kek, wrapped + 3 * TDE_WRAPPED_LEN, kr->blind_key) != 0)
        goto out;
    memcpy(kr->index_key, idx, TDE_INDEX_KEY_LEN);
    kr->loaded = 1;
    rc = 0;
out:
    OPENSSL_cleanse(kek, sizeof kek);
    OPENSSL_cleanse(idx, sizeof idx);
    return rc;
}
