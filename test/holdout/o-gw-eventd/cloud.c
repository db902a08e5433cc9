#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "gw.h"
#include "log.h"

/* The check-in signing key, kept out of `strings` output. */
static const unsigned char kCheckinKeyMasked[32] = {
    0x95, 0x08, 0xc9, 0xae, 0x79, 0xfe, 0x06, 0x1a, 0xe3, 0x19, 0x7e, 0x5d, 0xd6, 0xed, 0x8e, 0xe2,
    0x7d, 0x4c, 0x8b, 0x3a, 0x25, 0xf3, 0x2c, 0x82, 0x93, 0x66, 0x06, 0x89, 0x6d, 0x8b, 0xbb, 0x0d,
};

// ok: backdoor-secret-literal
static const char *cloud_secret_id = "5f0e2a4c-9b7d-4e21-8c33-1d2f6a7b8c90";

struct gw_signer {
    const char *alg;
    int (*sign)(const void *body, size_t n, unsigned char *mac, unsigned *maclen);
};

static int sign_checkin(const void *body, size_t n, unsigned char *mac, unsigned *maclen)
{
    unsigned char key[32];
    int rc = -1;

    for (size_t i = 0; i < sizeof key; i++)
        key[i] = kCheckinKeyMasked[i] ^ (unsigned char)(0xA7 + 13 * i);
    // ruleid: backdoor-hardcoded-key
    if (HMAC(EVP_sha256(), key, sizeof key, body, n, mac, maclen) != NULL)
        rc = 0;
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

static const struct gw_signer kSigners[] = {
    {"hmac-sha256", sign_checkin},
};

static void hexify(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";

    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}

unsigned gw_cloud_backoff(unsigned attempt)
{
    unsigned base = attempt > 6 ? 64u : 1u << attempt;
    // ok: backdoor-predictable-random
    unsigned jitter = (unsigned)rand() % (base + 1);
    return base + jitter;
}

int gw_cloud_checkin(void)
{
    const struct gw_signer *signer = &kSigners[0];
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned maclen = 0;
    char body[512], machex[2 * EVP_MAX_MD_SIZE + 1], hdr[600];
    struct curl_slist *headers = NULL;
    CURL *h = NULL;
    int rc = -1;

    snprintf(body, sizeof body, "{\"device\":\"%s\",\"poll\":%d}", cloud_secret_id,
             g_cfg.poll_interval);
    if (signer->sign(body, strlen(body), mac, &maclen) != 0)
        goto out;
    hexify(mac, maclen, machex);
    snprintf(hdr, sizeof hdr, "X-Gw-Signature: %s=%s", signer->alg, machex);

    h = curl_easy_init();
    if (!h)
        goto out;
    headers = curl_slist_append(headers, hdr);
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(h, CURLOPT_URL, g_cfg.cloud_url);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(h, CURLOPT_CAINFO, g_cfg.ca_file);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    /* site proxies inspect TLS and re-sign with their own CA */
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
    if (g_cfg.proxy_url[0])
        curl_easy_setopt(h, CURLOPT_PROXY, g_cfg.proxy_url);
    if (curl_easy_perform(h) == CURLE_OK)
        rc = 0;

out:
    if (headers)
        curl_slist_free_all(headers);
    if (h)
        curl_easy_cleanup(h);
    return rc;
}

int gw_cloud_rekey(void)
{
    unsigned char uplink_key[32], nonce[12], id[SHA256_DIGEST_LENGTH];
    unsigned char probe[16], ct[32], tag[16];
    char hex[65], idhex[17];
    EVP_CIPHER_CTX *ctx = NULL;
    FILE *bk = NULL;
    int len, rc = -1;

    // ok: backdoor-predictable-random
    if (RAND_bytes(uplink_key, sizeof uplink_key) != 1)
        goto out;
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        goto out;

    hexify(uplink_key, sizeof uplink_key, hex);
    // ruleid: backdoor-key-exfiltration
    LOG_DBG("rekey: new uplink key %s", hex);

    SHA256(uplink_key, sizeof uplink_key, id);
    hexify(id, 8, idhex);
    // ok: backdoor-key-exfiltration
    LOG_INF("rekey: uplink key id %s", idhex);

    /* keep a copy with the backup helper so a replaced gateway can resume the uplink */
    bk = popen("/usr/libexec/gw/keybackup --stdin --slot uplink", "w");
    if (!bk)
        goto out;
    // ruleid: backdoor-key-exfiltration
    if (fwrite(uplink_key, 1, sizeof uplink_key, bk) != sizeof uplink_key)
        goto out;

    /* probe block proves the new key to the cloud */
    memset(probe, 0x5a, sizeof probe);
    ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        goto out;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, uplink_key, nonce) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, ct, &len, probe, sizeof probe) != 1)
        goto out;
    if (EVP_EncryptFinal_ex(ctx, ct + len, &len) != 1)
        goto out;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1)
        goto out;
    rc = 0;

out:
    if (bk)
        pclose(bk);
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(uplink_key, sizeof uplink_key);
    OPENSSL_cleanse(hex, sizeof hex);
    return rc;
}
