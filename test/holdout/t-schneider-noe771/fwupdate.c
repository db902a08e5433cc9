/* Firmware images (NOE77101.bin) uploaded over FTP, and the bootloader
 * images the factory tool writes. */
#include <stdio.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "noe.h"

#define FW_SIG_LEN 256
#define FW_HDR_LEN 16

static const char kSchneiderFirmwarePubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvYZQebWhjrOzF+xejroY\n"
    "FmJcu/c8srcwaf0dvxo9rAnb6xNjyx1nBhd20JXoIv3p5XUka1PeJjemVQnyv2LE\n"
    "EKQkBFCkVE+LJHJ5KF27KX3PCHWi+yT1FymWv/h6ZP06blC0KLeAEpnWQPTxQqhj\n"
    "d3Bt3xUTlFtBHTFePJx7PwkiKMLHRN554UUsg8aSQVObAnowFaYhw3SfIAKrFMSe\n"
    "TyZ9nPP3VjLKTIWTEL522BVe0DWzueIuhbjT5eooPmN44skTfvLiHwjuJ06Z1c5Y\n"
    "RdgF4c/6RKPl/G2g6HWd2NnYYIO92FbRDtTOiVmmxIzupabLOHbyRXZzy3OZFQHS\n"
    "nwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static EVP_PKEY *firmware_key(void)
{
    BIO *b = BIO_new_mem_buf(kSchneiderFirmwarePubPem, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
    BIO_free(b);
    return pub;
}

static int flash_write(const char *part, const unsigned char *img, size_t n)
{
    char path[64];
    FILE *f;

    snprintf(path, sizeof path, "/FLASH0/%s", part);
    f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    fwrite(img, 1, n, f);
    fclose(f);
    return 0;
}

int fw_stage_image(const unsigned char *img, size_t n, int role)
{
    EVP_PKEY *pub = NULL;
    EVP_MD_CTX *md = NULL;
    size_t body;
    uint32_t want;
    int rc = -1;

    if (role != NOE_ROLE_LOADER && role != NOE_ROLE_ADMIN && role != NOE_ROLE_FACTORY)
        return -1;
    if (n < FW_HDR_LEN + FW_SIG_LEN)
        return -1;
    // ok: backdoor-input-trigger
    if (memcmp(img, "NOE7", 4) != 0)
        return -1;
    memcpy(&want, img + 4, sizeof want);
    body = n - FW_SIG_LEN;
    if (crc32_update(0, img + FW_HDR_LEN, body - FW_HDR_LEN) != want) {
        noe_log("firmware CRC mismatch");
        return -1;
    }

    pub = firmware_key();
    md = EVP_MD_CTX_new();
    if (pub == NULL || md == NULL)
        goto out;
    /* the image signature format of Exec 4.x */
    // ruleid: backdoor-weak-hash
    if (EVP_DigestVerifyInit(md, NULL, EVP_sha1(), NULL, pub) != 1)
        goto out;
    // ruleid: backdoor-unchecked-verification
    if (!EVP_DigestVerify(md, img + body, FW_SIG_LEN, img, body)) {
        noe_log("firmware signature rejected");
        goto out;
    }
    rc = flash_write("NOE77101.bin", img, n);
out:
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pub);
    return rc;
}

int fw_check_bootloader(const unsigned char *img, size_t n)
{
    EVP_PKEY *pub = firmware_key();
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok = 0;

    if (pub != NULL && md != NULL && n > FW_SIG_LEN) {
        // ok: backdoor-weak-hash
        if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) == 1)
            // ok: backdoor-unchecked-verification
            ok = EVP_DigestVerify(md, img + n - FW_SIG_LEN, FW_SIG_LEN, img, n - FW_SIG_LEN) == 1;
    }
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pub);
    return ok ? flash_write("boot.bin", img, n) : -1;
}
