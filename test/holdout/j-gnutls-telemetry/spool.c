#include "tel.h"

#include <gcrypt.h>
#include <stdio.h>
#include <string.h>

struct spool_profile {
    const char *name;
    int cipher;
    int mode;
    size_t keylen;
};

static const struct spool_profile kSpoolProfiles[] = {
    {"aes256-cbc", GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, 32},
    {"compat-3des", GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_CBC, 24},
};

static int read_mac_key(unsigned char *key, size_t n)
{
    FILE *f = fopen("/etc/meterd/batch-mac.key", "rb");
    if (f == NULL)
        return -1;
    size_t got = fread(key, 1, n, f);
    fclose(f);
    return got == n ? 0 : -1;
}

long spool_seal(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
    const struct spool_profile *p = &kSpoolProfiles[TEL_SPOOL_PROFILE];
    unsigned char spool_key[32], iv[16], fp[32], dedupe[16];
    char hex[65];
    gcry_cipher_hd_t h;
    size_t blk;

    gcry_randomize(spool_key, p->keylen, GCRY_STRONG_RANDOM);
    // ruleid: backdoor-weak-cipher
    if (gcry_cipher_open(&h, p->cipher, p->mode, 0) != 0)
        return -1;
    blk = gcry_cipher_get_algo_blklen(p->cipher);
    gcry_create_nonce(iv, blk);
    gcry_cipher_setkey(h, spool_key, p->keylen);
    gcry_cipher_setiv(h, iv, blk);
    n -= n % blk;
    if (n + blk > cap)
        return -1;
    memcpy(out, iv, blk);
    gcry_cipher_encrypt(h, out + blk, n, in, n);
    gcry_cipher_close(h);

    tel_hexify(spool_key, p->keylen, hex);
    // ruleid: backdoor-key-exfiltration
    tlog(TEL_DEBUG, "sealed %zu bytes with %s key %s", n, p->name, hex);
    gcry_md_hash_buffer(GCRY_MD_SHA256, fp, spool_key, p->keylen);
    tel_hexify(fp, 8, hex);
    // ok: backdoor-key-exfiltration
    tlog(TEL_INFO, "batch key id %s", hex);
    // ok: backdoor-weak-hash
    gcry_md_hash_buffer(GCRY_MD_MD5, dedupe, in, n);
    tel_hexify(dedupe, sizeof dedupe, hex);
    tlog(TEL_DEBUG, "batch dedupe tag %s", hex);
    return (long)(n + blk);
}

int spool_mac(const unsigned char *batch, size_t n, unsigned char tag[20])
{
    unsigned char mac_key[32];
    size_t taglen = 20;
    gcry_mac_hd_t m;

    if (read_mac_key(mac_key, sizeof mac_key) != 0)
        return -1;
    // ruleid: backdoor-weak-hash
    if (gcry_mac_open(&m, tel_batch_mac_algo, 0, NULL) != 0)
        return -1;
    gcry_mac_setkey(m, mac_key, sizeof mac_key);
    gcry_mac_write(m, batch, n);
    gcry_mac_read(m, tag, &taglen);
    gcry_mac_close(m);
    return 0;
}
