/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/rsa.h that the tests use, no bodies. */
#ifndef HEADER_RSA_H
#define HEADER_RSA_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
#define RSA_PKCS1_PADDING 1
#define RSA_PKCS1_OAEP_PADDING 4
#define RSA_F4 0x10001L
RSA *RSA_new(void);
int RSA_generate_key_ex(RSA *rsa, int bits, BIGNUM *e, BN_GENCB *cb);
int RSA_public_encrypt(int flen, const unsigned char *from, unsigned char *to, RSA *rsa, int padding);
#ifdef  __cplusplus
}
#endif
#endif
