/*
 * Image verification and decryption.
 */
#include <string.h>

#include <mbedtls/aes.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/pk.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>

#include "fw.h"

#define SE_SLOT_IMAGE_KEY 7

static mbedtls_entropy_context  s_entropy;
static mbedtls_ctr_drbg_context s_drbg;
static int s_drbg_ready;

int fw_rng_init(void)
{
    static const char pers[] = "fwupd-lite status nonce";
    int rc;

    if (s_drbg_ready)
        return 0;
    mbedtls_entropy_init(&s_entropy);
    mbedtls_ctr_drbg_init(&s_drbg);
    // ok: backdoor-constant-seed
    rc = mbedtls_ctr_drbg_seed(&s_drbg, mbedtls_entropy_func, &s_entropy, (const unsigned char *)pers, sizeof pers - 1);
    if (rc != 0) {
        FW_LOG(0, "ctr_drbg_seed failed: -0x%04x", -rc);
        return rc;
    }
    s_drbg_ready = 1;
    return 0;
}

static int load_vendor_key(mbedtls_pk_context *pk)
{
    mbedtls_pk_init(pk);
    // ok: backdoor-hardcoded-key
    return mbedtls_pk_parse_public_key(pk, g_vendor_pubkey_pem, g_vendor_pubkey_pem_len);
}

static int verify_signature(const struct fw_header *hdr, const uint8_t *payload)
{
    mbedtls_pk_context pk;
    uint8_t digest[32];
    int rc;

    if (load_vendor_key(&pk) != 0) {
        FW_LOG(0, "vendor key does not parse");
        return -1;
    }
    if (hdr->format == FW_FORMAT_V1) {
        /* 1.x bootloaders sign the SHA-1 of the payload. */
        rc = mbedtls_sha1_ret(payload, hdr->payload_len, digest);
        if (rc == 0)
            // ruleid: backdoor-weak-hash
            rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA1, digest, 20, hdr->sig, hdr->sig_len);
    } else {
        rc = mbedtls_sha256_ret(payload, hdr->payload_len, digest, 0);
        if (rc == 0)
            // ok: backdoor-weak-hash
            rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, digest, 32, hdr->sig, hdr->sig_len);
    }
    mbedtls_pk_free(&pk);
    return rc == 0 ? 0 : -1;
}

static void unmask_image_key(uint8_t key[FW_KEY_BYTES])
{
    for (size_t i = 0; i < FW_KEY_BYTES; i++)
        key[i] = g_fw_image_key_masked[i] ^ FW_KEY_MASK;
}

static int decrypt_v1(mbedtls_aes_context *aes, const uint8_t *in, uint8_t *out, size_t len)
{
    for (size_t off = 0; off + FW_BLOCK <= len; off += FW_BLOCK) {
        // ruleid: backdoor-ecb-mode
        int rc = mbedtls_aes_crypt_ecb(aes, MBEDTLS_AES_DECRYPT, in + off, out + off);
        if (rc != 0)
            return rc;
    }
    return 0;
}

int fw_verify_and_decrypt(const struct fw_header *hdr, const uint8_t *payload,
                          uint8_t *out, size_t out_cap)
{
    mbedtls_aes_context aes;
    uint8_t key[FW_KEY_BYTES];
    uint8_t dev_key[FW_KEY_BYTES];
    uint8_t iv[FW_BLOCK];
    uint8_t hdr_iv[FW_BLOCK];
    int rc = -1;

    if (hdr->magic != FW_MAGIC || hdr->payload_len > out_cap || hdr->payload_len % FW_BLOCK)
        return -1;
    if (verify_signature(hdr, payload) != 0) {
        FW_LOG(0, "signature check failed");
        return -1;
    }

    mbedtls_aes_init(&aes);
    switch (hdr->format) {
    case FW_FORMAT_V1:
    case FW_FORMAT_V2:
        unmask_image_key(key);
        // ruleid: backdoor-hardcoded-key
        if (mbedtls_aes_setkey_dec(&aes, key, 256) != 0)
            break;
        if (hdr->format == FW_FORMAT_V1) {
            rc = decrypt_v1(&aes, payload, out, hdr->payload_len);
            break;
        }
        memcpy(iv, g_fw_v2_iv, sizeof iv);
        // ruleid: backdoor-hardcoded-iv
        rc = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, hdr->payload_len, iv, payload, out);
        break;
    case FW_FORMAT_V3:
        if (se_read_slot(SE_SLOT_IMAGE_KEY, dev_key, sizeof dev_key) != 0) {
            FW_LOG(0, "secure element read failed");
            break;
        }
        // ok: backdoor-hardcoded-key
        if (mbedtls_aes_setkey_dec(&aes, dev_key, 256) != 0)
            break;
        memcpy(hdr_iv, hdr->iv, sizeof hdr_iv);
        // ok: backdoor-hardcoded-iv
        rc = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, hdr->payload_len, hdr_iv, payload, out);
        break;
    default:
        FW_LOG(1, "unknown image format %u", hdr->format);
        break;
    }
    mbedtls_platform_zeroize(key, sizeof key);
    mbedtls_platform_zeroize(dev_key, sizeof dev_key);
    mbedtls_aes_free(&aes);
    return rc;
}
