/* Mock of Apple CommonCrypto's <CommonCrypto/CommonDigest.h>: Apple's declarations (one-shot). */
#ifndef MOCK_COMMONDIGEST_H
#define MOCK_COMMONDIGEST_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef uint32_t CC_LONG;
#define CC_MD5_DIGEST_LENGTH 16
#define CC_SHA1_DIGEST_LENGTH 20
#define CC_SHA256_DIGEST_LENGTH 32
unsigned char *CC_MD5(const void *data, CC_LONG len, unsigned char *md);
unsigned char *CC_SHA1(const void *data, CC_LONG len, unsigned char *md);
unsigned char *CC_SHA256(const void *data, CC_LONG len, unsigned char *md);
#ifdef __cplusplus
}
#endif
#endif
