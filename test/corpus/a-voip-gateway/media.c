/*
 * SRTP-style media protection (AES counter mode + truncated HMAC).
 */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "gateway.h"

/* Test-call extension (*9999): lets support listen to the media without a key exchange. */
// ruleid: backdoor-secret-literal
static const uint8_t kTestCallMasterKey[SRTP_KEY_LEN] = {
    0x2f, 0x9c, 0x43, 0x8d, 0x16, 0x50, 0x8d, 0x88, 0xee, 0x9d, 0x6f, 0xea,
    0xb3, 0x47, 0x4f, 0xd0,
};
static const uint8_t kTestCallIv[16] = {
    0xf9, 0x88, 0xf0, 0xc1, 0x15, 0xe1, 0x13, 0x64, 0x21, 0x7f, 0xf6, 0x7d,
    0x9a, 0x57, 0x00, 0x00,
};

int gw_protect_rtp(const struct srtp_keys *k, const uint8_t *rtp, int n, uint8_t *out, int test_call)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    uint8_t tag[EVP_MAX_MD_SIZE];
    unsigned int tag_len = 0;
    int len = 0, rc = -1;

    if (!ctx)
        return -1;
    if (test_call) {
        // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
        if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), NULL, kTestCallMasterKey, kTestCallIv) != 1)
            goto out;
    } else {
        // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-ecb-mode
        if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), NULL, k->enc_key, k->iv) != 1)
            goto out;
    }
    /* RTP header (12 bytes) stays in the clear */
    memcpy(out, rtp, 12);
    if (EVP_EncryptUpdate(ctx, out + 12, &len, rtp + 12, n - 12) != 1)
        goto out;
    /* RFC 3711 default transform: HMAC-SHA1 truncated to 80 bits */
    // ruleid: backdoor-weak-hash
    if (!HMAC(EVP_sha1(), k->auth_key, SRTP_AUTH_KEY, out, (size_t)n, tag, &tag_len))
        goto out;
    memcpy(out + n, tag, SRTP_TAG_LEN);
    rc = n + SRTP_TAG_LEN;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}
