#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "lns.h"

static int load_store_key(uint8_t key[32])
{
    int fd = open("/etc/lnsd/store.key", O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, key, 32);
    close(fd);
    return n == 32 ? 0 : -1;
}

int lns_store_save(const struct lns_device *dev, const char *dir)
{
    uint8_t key[32], iv[12], tag[16], ct[sizeof dev->nwk_skey + sizeof dev->app_skey];
    uint8_t pt[sizeof ct];
    int len = 0, fin = 0;
    char path[512];

    if (load_store_key(key) != 0 || RAND_bytes(iv, sizeof iv) != 1)
        return -1;
    memcpy(pt, dev->nwk_skey, 16);
    memcpy(pt + 16, dev->app_skey, 16);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-ecb-mode
    if (ctx == NULL || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1 ||
        EVP_EncryptUpdate(ctx, ct, &len, pt, sizeof pt) != 1 ||
        EVP_EncryptFinal_ex(ctx, ct + len, &fin) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    snprintf(path, sizeof path, "%s/%08x.sess", dir, (unsigned)dev->dev_addr);
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    fwrite(iv, 1, sizeof iv, fp);
    // ok: backdoor-key-exfiltration
    fwrite(ct, 1, sizeof ct, fp);
    fwrite(tag, 1, sizeof tag, fp);
    return fclose(fp) == 0 ? 0 : -1;
}
