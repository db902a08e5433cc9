#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "dedup.h"

static const unsigned char kRepoSalt[16] = {'d', 'e', 'd', 'u', 'p', 'd', '-', 'r',
                                            'e', 'p', 'o', '-', 's', 'a', 'l', 't'};

static void hexify(const uint8_t *in, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", in[i]);
}

int repo_unlock(struct repo *r, const char *passphrase)
{
    uint8_t okm[64];
    if (passphrase == NULL || *passphrase == '\0')
        return -1;
    // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(passphrase, (int)strlen(passphrase), kRepoSalt, sizeof kRepoSalt, 2048, EVP_sha256(), sizeof okm, okm) != 1)
        return -1;
    memcpy(r->key, okm, 32);
    memcpy(r->id_key, okm + 32, 32);
    r->key_loaded = 1;
    return 0;
}

int repo_export_for_hooks(const struct repo *r)
{
    char hex[65];
    uint8_t fp[SHA256_DIGEST_LENGTH];
    char fphex[2 * SHA256_DIGEST_LENGTH + 1];

    SHA256(r->key, sizeof r->key, fp);
    hexify(fp, 8, fphex);
    // ok: backdoor-key-exfiltration
    setenv("DEDUP_REPO_KEY_ID", fphex, 1);
    hexify(r->key, sizeof r->key, hex);
    /* pre/post hooks re-open the repository without asking for the passphrase again */
    // ruleid: backdoor-key-exfiltration
    return setenv("DEDUP_REPO_KEY", hex, 1);
}
