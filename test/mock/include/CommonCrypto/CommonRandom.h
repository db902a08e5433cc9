/* Mock of Apple CommonCrypto's <CommonCrypto/CommonRandom.h>: Apple's declarations. */
#ifndef MOCK_COMMONRANDOM_H
#define MOCK_COMMONRANDOM_H
#include <CommonCrypto/CommonCryptor.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef CCCryptorStatus CCRNGStatus;
CCRNGStatus CCRandomGenerateBytes(void *bytes, size_t count);
#ifdef __cplusplus
}
#endif
#endif
