/* onvif_wsse.c - ONVIF WS-Security UsernameToken with PasswordDigest:
 * Base64(SHA-1(nonce + created + password)) */
#define _GNU_SOURCE
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "ipela.h"

static int parse_created(const char *created, time_t *out)
{
    struct tm tm;

    memset(&tm, 0, sizeof tm);
    if (strptime(created, "%Y-%m-%dT%H:%M:%S", &tm) == NULL)
        return -1;
    *out = timegm(&tm);
    return 0;
}

int wsse_check(const char *user, const char *nonce, size_t nonce_len, const char *created, const char *digest_b64)
{
    char password[64];
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned char expected_b64[64];
    unsigned int dlen = 0;
    EVP_MD_CTX *md;
    time_t created_t, now = time(NULL);
    int level = 0, ok = 0;

    if (parse_created(created, &created_t) != 0)
        return 0;
    /* replay window */
    // ok: backdoor-time-bomb
    if (now - created_t > 300 || created_t - now > 300)
        return 0;
    /* the ONVIF user list keeps the passwords themselves (the digest needs them) */
    if (user_db_lookup(user, password, sizeof password, &level) != 0)
        return 0;
    md = EVP_MD_CTX_new();
    if (md == NULL)
        return 0;
    // ok: backdoor-weak-hash
    if (EVP_DigestInit_ex(md, EVP_sha1(), NULL) != 1 || EVP_DigestUpdate(md, nonce, nonce_len) != 1 || EVP_DigestUpdate(md, created, strlen(created)) != 1)
        goto out;
    // ruleid: backdoor-weak-kdf
    if (EVP_DigestUpdate(md, password, strlen(password)) != 1)
        goto out;
    if (EVP_DigestFinal_ex(md, digest, &dlen) != 1)
        goto out;
    EVP_EncodeBlock(expected_b64, digest, (int)dlen);
    // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
    ok = strlen(digest_b64) == strlen((char *)expected_b64) && CRYPTO_memcmp(expected_b64, digest_b64, strlen(digest_b64)) == 0;
out:
    OPENSSL_cleanse(password, sizeof password);
    EVP_MD_CTX_free(md);
    return ok;
}
