/* sysconf.c - settings backup and restore, firmware image check */
#include <stdio.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "ipela.h"

static const char kFirmwarePublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnq5m3VxJ0p3JbC0sYlqv2+HYsN9k\n"
    "yD1oN7y2m3F0uY6QmB3r+o2lVNi0Vh5DcK4iJmTq7gXo8d3VqkqkEo2Q1A==\n"
    "-----END PUBLIC KEY-----\n";

static int crypt_file(const char *in_path, const char *out_path, int enc)
{
    unsigned char in[4096], out[4096 + 16];
    int inl, outl, rc = -1;
    FILE *fi = fopen(in_path, "rb"), *fo = fopen(out_path, "wb");
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();

    if (fi == NULL || fo == NULL || ctx == NULL)
        goto out;
    if (enc) {
        // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
        if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kConfigBackupKey, NULL) != 1)
            goto out;
    } else {
        // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
        if (EVP_DecryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kConfigBackupKey, NULL) != 1)
            goto out;
    }
    while ((inl = (int)fread(in, 1, sizeof in, fi)) > 0) {
        if (EVP_CipherUpdate(ctx, out, &outl, in, inl) != 1)
            goto out;
        fwrite(out, 1, (size_t)outl, fo);
    }
    if (EVP_CipherFinal_ex(ctx, out, &outl) != 1)
        goto out;
    fwrite(out, 1, (size_t)outl, fo);
    rc = 0;
out:
    if (fi != NULL)
        fclose(fi);
    if (fo != NULL)
        fclose(fo);
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int sysconf_backup(const char *in_path, const char *out_path)
{
    return crypt_file(in_path, out_path, 1);
}

int sysconf_restore(const char *in_path, const char *out_path)
{
    return crypt_file(in_path, out_path, 0);
}

int firmware_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen)
{
    BIO *b = BIO_new_mem_buf(kFirmwarePublicKeyPem, -1);
    // ok: backdoor-hardcoded-key
    EVP_PKEY *pub = b != NULL ? PEM_read_bio_PUBKEY(b, NULL, NULL, NULL) : NULL;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok = 0;

    // ok: backdoor-weak-hash
    if (pub != NULL && md != NULL && EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) == 1)
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(md, sig, siglen, img, n) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pub);
    BIO_free(b);
    return ok;
}
