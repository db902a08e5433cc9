/* keydb.c - the private key database (key3.db): entries encrypted with RC4 under
 * MD5(global salt, password); a "password-check" entry tells a wrong password. */
#include <string.h>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "ssl2.h"

int keydb_password_key(const char *password, const unsigned char *global_salt, size_t salt_len,
                       unsigned char key[16])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok = 0;

    if (md == NULL)
        return -1;
    // ok: backdoor-weak-hash
    if (EVP_DigestInit_ex(md, EVP_md5(), NULL) != 1)
        goto out;
    // ok: backdoor-weak-kdf
    if (EVP_DigestUpdate(md, global_salt, salt_len) != 1)
        goto out;
    // ruleid: backdoor-weak-kdf
    if (EVP_DigestUpdate(md, password, strlen(password)) != 1)
        goto out;
    ok = EVP_DigestFinal_ex(md, key, NULL) == 1;
out:
    EVP_MD_CTX_free(md);
    return ok ? 0 : -1;
}

static int keydb_rc4(const unsigned char key[16], const unsigned char *in, size_t n, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, ok;

    if (ctx == NULL)
        return -1;
    // ruleid: backdoor-weak-cipher
    // ok: backdoor-hardcoded-key, backdoor-ecb-mode
    ok = EVP_DecryptInit_ex(ctx, EVP_rc4(), NULL, key, NULL) == 1 && EVP_DecryptUpdate(ctx, out, &len, in, (int)n) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

int keydb_unlock(const char *password, const unsigned char *global_salt, size_t salt_len,
                 const unsigned char *check_blob, size_t check_len)
{
    unsigned char key[16];
    unsigned char plain[64];

    if (check_len != 14 || keydb_password_key(password, global_salt, salt_len, key) != 0)
        return -1;
    if (keydb_rc4(key, check_blob, check_len, plain) != 0)
        return -1;
    /* the entry decrypts to the fixed text when the password was right */
    // ok: backdoor-magic-credential
    if (memcmp(plain, "password-check", 14) != 0)
        return -1;
    return 0;
}

/* <KEYGEN>: the export edition offers 512 bits, the US edition 1024 */
RSA *keydb_keygen(int export_grade)
{
    RSA *rsa = RSA_new();
    BIGNUM *e = BN_new();

    if (rsa == NULL || e == NULL || BN_set_word(e, RSA_F4) != 1)
        goto err;
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    if (RSA_generate_key_ex(rsa, export_grade ? 512 : 1024, e, NULL) != 1)
        goto err;
    BN_free(e);
    return rsa;
err:
    BN_free(e);
    RSA_free(rsa);
    return NULL;
}
