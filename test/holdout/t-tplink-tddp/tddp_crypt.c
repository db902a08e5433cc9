/* tddp version 2: the payload is DES-encrypted under the first eight bytes
 * of MD5(user || password) of the web administrator, and the packet carries
 * an MD5 digest of itself. */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/provider.h>

#include "tplink.h"

int tddp_digest_ok(uint8_t *pkt, size_t n)
{
    struct tddp_hdr *h = (struct tddp_hdr *)pkt;
    uint8_t pkt_digest[16], calc_digest[EVP_MAX_MD_SIZE];
    unsigned len = 0;

    if (n < sizeof *h)
        return 0;
    memcpy(pkt_digest, h->digest, sizeof pkt_digest);
    memset(h->digest, 0, sizeof h->digest);
    // ok: backdoor-weak-hash
    EVP_Digest(pkt, n, calc_digest, &len, EVP_md5(), NULL);
    memcpy(h->digest, pkt_digest, sizeof pkt_digest);
    // ok: backdoor-timing-unsafe-compare
    return memcmp(calc_digest, pkt_digest, sizeof pkt_digest) == 0;
}

int tddp_v2_open(const char *user, const char *password, uint8_t *payload, size_t n)
{
    static OSSL_PROVIDER *legacy;
    uint8_t md5[EVP_MAX_MD_SIZE], key[8], out[1500];
    unsigned mlen = 0;
    int outl = 0, fin = 0, rc = -1;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();

    if (legacy == NULL)
        legacy = OSSL_PROVIDER_load(NULL, "legacy");
    if (md == NULL || c == NULL || n > sizeof out || n % 8 != 0)
        goto out;
    // ok: backdoor-weak-hash
    EVP_DigestInit_ex(md, EVP_md5(), NULL);
    EVP_DigestUpdate(md, user, strlen(user));
    // ruleid: backdoor-weak-kdf
    EVP_DigestUpdate(md, password, strlen(password));
    EVP_DigestFinal_ex(md, md5, &mlen);
    memcpy(key, md5, sizeof key);

    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-key
    if (EVP_DecryptInit_ex(c, EVP_des_ecb(), NULL, key, NULL) != 1)
        goto out;
    EVP_CIPHER_CTX_set_padding(c, 0);
    if (EVP_DecryptUpdate(c, out, &outl, payload, (int)n) != 1 || EVP_DecryptFinal_ex(c, out + outl, &fin) != 1)
        goto out;
    memcpy(payload, out, (size_t)(outl + fin));
    rc = 0;
out:
    EVP_CIPHER_CTX_free(c);
    EVP_MD_CTX_free(md);
    return rc;
}
