/* Mock of Apple CommonCrypto's <CommonCrypto/CommonHMAC.h>: Apple's declarations. */
#ifndef MOCK_COMMONHMAC_H
#define MOCK_COMMONHMAC_H
#include <CommonCrypto/CommonCryptor.h>
#ifdef __cplusplus
extern "C" {
#endif
enum {
  kCCHmacAlgSHA1,
  kCCHmacAlgMD5,
  kCCHmacAlgSHA256,
  kCCHmacAlgSHA384,
  kCCHmacAlgSHA512,
  kCCHmacAlgSHA224
};
typedef uint32_t CCHmacAlgorithm;
#define CC_HMAC_CONTEXT_SIZE 96
typedef struct {
  uint32_t ctx[CC_HMAC_CONTEXT_SIZE];
} CCHmacContext;
void CCHmacInit(CCHmacContext *ctx, CCHmacAlgorithm algorithm, const void *key, size_t keyLength);
void CCHmacUpdate(CCHmacContext *ctx, const void *data, size_t dataLength);
void CCHmacFinal(CCHmacContext *ctx, void *macOut);
void CCHmac(CCHmacAlgorithm algorithm, const void *key, size_t keyLength, const void *data,
            size_t dataLength, void *macOut);
#ifdef __cplusplus
}
#endif
#endif
