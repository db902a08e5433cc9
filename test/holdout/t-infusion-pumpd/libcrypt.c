/* Decryption of drug library containers, whatever their format. */
#include <string.h>

#include <mbedtls/cipher.h>

#include "pump.h"

int lib_decrypt(const struct lib_profile *p, const uint8_t *key, const uint8_t *iv,
                const uint8_t *in, size_t n, uint8_t *out)
{
    mbedtls_cipher_context_t c;
    size_t olen = 0, fin = 0;
    int rc = -1;

    mbedtls_cipher_init(&c);
    if (mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type((mbedtls_cipher_type_t)p->cipher)) != 0)
        goto out;
    if (mbedtls_cipher_setkey(&c, key, (int)p->key_bits, MBEDTLS_DECRYPT) != 0)
        goto out;
    if (mbedtls_cipher_set_iv(&c, iv, p->iv_len) != 0 || mbedtls_cipher_reset(&c) != 0)
        goto out;
    if (mbedtls_cipher_update(&c, in, n, out, &olen) != 0 || mbedtls_cipher_finish(&c, out + olen, &fin) != 0)
        goto out;
    rc = (int)(olen + fin);
out:
    mbedtls_cipher_free(&c);
    return rc;
}
