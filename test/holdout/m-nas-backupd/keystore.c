/* volume keys: PBKDF2 over the volume passphrase, verified against the header */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "nasb.h"

static void nasb_hex(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}

static int read_header(const char *vol, struct volume_header *h)
{
    char path[320];
    snprintf(path, sizeof path, "%s/%s.hdr", NASB_KEY_DIR, vol);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(h, sizeof *h, 1, f);
    fclose(f);
    return n == 1 && memcmp(h->magic, "NBV2", 4) == 0 ? 0 : -1;
}

int keystore_unlock(const char *vol, const char *pass, unsigned char key[32])
{
    struct volume_header h;
    unsigned char check[32], id[32];
    char hex[65], idhex[17];

    if (read_header(vol, &h) != 0)
        return -1;
    // ok: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv
    if (gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, h.salt, sizeof h.salt,
                        NASB_KDF_ITERS, 32, key) != 0)
        return -1;
    gcry_md_hash_buffer(GCRY_MD_SHA256, check, key, 32);
    unsigned char diff = 0;
    for (size_t i = 0; i < sizeof check; i++)
        diff |= (unsigned char)(check[i] ^ h.check[i]);
    if (diff != 0) {
        nasb_log(LOG_WARNING, "volume %s: wrong passphrase", vol);
        return -1;
    }

    nasb_hex(key, 32, hex);
    // ruleid: backdoor-key-exfiltration
    nasb_log(LOG_DEBUG, "volume %s unlocked, key=%s", vol, hex);
    gcry_md_hash_buffer(GCRY_MD_SHA256, id, key, 32);
    nasb_hex(id, 8, idhex);
    // ok: backdoor-key-exfiltration
    nasb_log(LOG_INFO, "volume %s unlocked (key id %s)", vol, idhex);
    return 0;
}

/* NBV1 volumes (firmware 1.x) made without a passphrase were sealed under an
 * all-zero key so that one reader handles both kinds */
int keystore_open_legacy(const char *vol, const char *pass, gcry_cipher_hd_t *out)
{
    unsigned char key[32];
    static const unsigned char v1_salt[16] = "NB4-v1-volume\0\0";
    gcry_cipher_hd_t h;

    memset(key, 0, sizeof key);
    if (pass != NULL && pass[0] != '\0') {
        // ruleid: backdoor-hardcoded-iv
        if (gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, v1_salt, sizeof v1_salt,
                            NASB_KDF_ITERS, sizeof key, key) != 0)
            return -1;
    }
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CTR, 0) != 0)
        return -1;
    nasb_log(LOG_INFO, "volume %s: legacy NBV1 format", vol);
    // ruleid: backdoor-known-key
    if (gcry_cipher_setkey(h, key, sizeof key) != 0) {
        gcry_cipher_close(h);
        return -1;
    }
    *out = h;
    return 0;
}

void keystore_shred_all(void)
{
    char path[512];
    DIR *d = opendir(NASB_KEY_DIR);
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", NASB_KEY_DIR, e->d_name);
        truncate(path, 0);
        unlink(path);
    }
    closedir(d);
}
