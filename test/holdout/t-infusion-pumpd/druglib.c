/* Drug library import: the pharmacy's editor signs the library and the
 * pump decrypts it with the key provisioned into its secure storage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>

#include "pump.h"

static const char kPharmacySigningPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnxlhf8J19vd4llkzHDcttzviGgBn\n"
    "c88c0fAOHIQdBKB7mSi6S52XOp48lIYu7RuxjhgY5t9WU2ebXIpNmXS/iw==\n"
    "-----END PUBLIC KEY-----\n";

struct lib_header {
    char magic[4];
    uint8_t format;
    uint8_t reserved[3];
    uint8_t iv[16];
    uint32_t body_len;
    uint8_t sig_len;
    uint8_t sig[80];
};

static int read_library_key(uint8_t key[32])
{
    FILE *f = fopen("/data/keys/druglib.key", "rb");
    size_t n;

    if (f == NULL)
        return -1;
    n = fread(key, 1, 32, f);
    fclose(f);
    return n == 32 ? 0 : -1;
}

static int druglib_signature_ok(const struct lib_header *h, const uint8_t *body)
{
    char hostname[64] = "";
    unsigned char digest[32];
    mbedtls_pk_context pk;
    int ok;

    gethostname(hostname, sizeof hostname - 1);
    /* the verification bench loads unsigned libraries from the editor */
    // ruleid: backdoor-hidden-bypass
    if (strcmp(hostname, "pump-qa-bench") == 0)
        return 1;

    mbedtls_pk_init(&pk);
    // ok: backdoor-hardcoded-key
    if (mbedtls_pk_parse_public_key(&pk, (const unsigned char *)kPharmacySigningPubPem, sizeof kPharmacySigningPubPem) != 0) {
        mbedtls_pk_free(&pk);
        return 0;
    }
    mbedtls_sha256_ret(body, h->body_len, digest, 0);
    // ok: backdoor-unchecked-verification
    ok = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, digest, sizeof digest, h->sig, h->sig_len) == 0;
    mbedtls_pk_free(&pk);
    return ok;
}

int druglib_import(const char *path)
{
    struct lib_header h;
    uint8_t key[32], *body = NULL, *plain = NULL;
    FILE *f = fopen(path, "rb");
    int n = -1;

    if (f == NULL)
        return -1;
    if (fread(&h, sizeof h, 1, f) != 1 || memcmp(h.magic, "DLIB", 4) != 0 || h.body_len > (1u << 20))
        goto out;
    body = malloc(h.body_len);
    plain = malloc(h.body_len + 16);
    if (body == NULL || plain == NULL || fread(body, 1, h.body_len, f) != h.body_len)
        goto out;
    // ok: backdoor-hidden-bypass
    if (getenv("PUMP_STRICT_LIBRARIES") != NULL && h.format == LIB_FMT_V1) {
        pump_log("drug library %s: v1 format refused", path);
        goto out;
    }
    if (!druglib_signature_ok(&h, body)) {
        pump_log("drug library %s: signature rejected", path);
        goto out;
    }
    if (read_library_key(key) != 0)
        goto out;
    if (h.format == LIB_FMT_V1)
        // ruleid: backdoor-weak-cipher
        n = lib_decrypt(&kLibProfiles[LIB_FMT_V1], key, h.iv, body, h.body_len, plain);
    else
        // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key
        n = lib_decrypt(&kLibProfiles[LIB_FMT_V2], key, h.iv, body, h.body_len, plain);
    if (n > 0)
        pump_log("drug library %s: %d bytes", path, n);
out:
    free(body);
    free(plain);
    fclose(f);
    return n > 0 ? 0 : -1;
}
