/* bpi.c - DOCSIS Baseline Privacy Plus on the cable modem side:
 * the CM's RSA key pair, the Authorization Key (AK) the CMTS encrypts to it,
 * KEK/HMAC keys derived from the AK, Traffic Encryption Keys (TEK) wrapped
 * under the KEK with two-key 3DES in ECB mode, and DES-CBC traffic. */
#include <string.h>

#include <mbedtls/des.h>
#include <mbedtls/md.h>
#include <mbedtls/rsa.h>
#include <mbedtls/sha1.h>

#include "arris.h"

#define BPI_CM_RSA_BITS 1024

static mbedtls_rsa_context g_cm_rsa;
static unsigned char g_ak[20];
static unsigned char g_kek[16];
static unsigned char g_hmac_key_u[20];
static unsigned char g_tek[2][8];
static unsigned char g_tek_iv[2][8];

int bpi_generate_cm_key(void)
{
    mbedtls_rsa_init(&g_cm_rsa, MBEDTLS_RSA_PKCS_V15, 0);
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    return mbedtls_rsa_gen_key(&g_cm_rsa, mbedtls_ctr_drbg_random, &g_drbg, BPI_CM_RSA_BITS, 65537);
}

static void derive_keys(void)
{
    unsigned char buf[64 + sizeof g_ak], out[20];

    /* KEK = Truncate(SHA-1(0x53 x 64 | AK), 128); HMAC_KEY_U = SHA-1(0x5C x 64 | AK) */
    memset(buf, 0x53, 64);
    memcpy(buf + 64, g_ak, sizeof g_ak);
    // ok: backdoor-weak-hash
    mbedtls_sha1_ret(buf, sizeof buf, out);
    memcpy(g_kek, out, sizeof g_kek);
    memset(buf, 0x5c, 64);
    // ok: backdoor-weak-hash
    mbedtls_sha1_ret(buf, sizeof buf, g_hmac_key_u);
}

int bpi_handle_auth_reply(const unsigned char *enc_ak, size_t len)
{
    size_t olen = 0;
    int rc;

    if (len != 128)
        return -1;
    // ruleid: backdoor-rsa-without-oaep
    rc = mbedtls_rsa_rsaes_pkcs1_v15_decrypt(&g_cm_rsa, mbedtls_ctr_drbg_random, &g_drbg, MBEDTLS_RSA_PRIVATE, &olen, enc_ak, g_ak, sizeof g_ak);
    if (rc != 0 || olen != sizeof g_ak)
        return -1;
    derive_keys();
    return 0;
}

/* Key Reply: key sequence number, two TEKs (3DES-ECB under the KEK), their
 * CBC IVs, and an HMAC-SHA1 digest under HMAC_KEY_U */
int bpi_handle_key_reply(const unsigned char *msg, size_t len)
{
    unsigned char digest[20];
    const unsigned char *msg_hmac;
    mbedtls_des3_context kek;
    int rc = -1;

    if (len != 2 * (8 + 8) + 20)
        return -1;
    msg_hmac = msg + len - 20;
    // ruleid: backdoor-weak-hash
    // ok: backdoor-hardcoded-key
    if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), g_hmac_key_u, sizeof g_hmac_key_u, msg, len - 20, digest) != 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(digest, msg_hmac, sizeof digest) != 0)
        return -1;
    mbedtls_des3_init(&kek);
    for (int i = 0; i < 2; i++) {
        // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
        if (mbedtls_des3_set2key_dec(&kek, g_kek) != 0 || mbedtls_des3_crypt_ecb(&kek, msg + 16 * i, g_tek[i]) != 0)
            goto out;
        memcpy(g_tek_iv[i], msg + 16 * i + 8, 8);
    }
    rc = 0;
out:
    mbedtls_des3_free(&kek);
    return rc;
}

/* downstream PDUs: 56-bit DES in CBC mode under the current TEK */
int bpi_decrypt_pdu(const unsigned char *in, size_t len, unsigned char *out)
{
    mbedtls_des_context des;
    unsigned char iv[8];
    int rc;

    if (len % 8 != 0)
        return -1;
    // ok: backdoor-hardcoded-iv
    memcpy(iv, g_tek_iv[0], sizeof iv);
    mbedtls_des_init(&des);
    // ruleid: backdoor-weak-cipher
    // ok: backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-hardcoded-key
    rc = mbedtls_des_setkey_dec(&des, g_tek[0]) != 0 || mbedtls_des_crypt_cbc(&des, MBEDTLS_DES_DECRYPT, len, iv, in, out) != 0;
    mbedtls_des_free(&des);
    return rc ? -1 : 0;
}
