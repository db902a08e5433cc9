/* Mock of Apple CommonCrypto: real signatures, no bodies. */
#ifndef MOCK_COMMONCRYPTO_H
#define MOCK_COMMONCRYPTO_H
#include <stddef.h>
#include <stdint.h>
typedef int32_t CCCryptorStatus;
typedef uint32_t CCOperation, CCAlgorithm, CCOptions, CCHmacAlgorithm, CCPBKDFAlgorithm, CCPseudoRandomAlgorithm;
enum { kCCEncrypt = 0, kCCAlgorithmAES = 0, kCCOptionPKCS7Padding = 1, kCCHmacAlgSHA256 = 2, kCCPBKDF2 = 2, kCCPRFHmacAlgSHA256 = 3 };
#ifdef __cplusplus
extern "C" {
#endif
CCCryptorStatus CCCrypt(CCOperation op, CCAlgorithm alg, CCOptions options, const void *key, size_t keyLength, const void *iv, const void *dataIn, size_t dataInLength, void *dataOut, size_t dataOutAvailable, size_t *dataOutMoved);
void CCHmac(CCHmacAlgorithm algorithm, const void *key, size_t keyLength, const void *data, size_t dataLength, void *macOut);
int CCKeyDerivationPBKDF(CCPBKDFAlgorithm algorithm, const char *password, size_t passwordLen, const uint8_t *salt, size_t saltLen, CCPseudoRandomAlgorithm prf, unsigned rounds, uint8_t *derivedKey, size_t derivedKeyLen);
int CCRandomGenerateBytes(void *bytes, size_t count);
#ifdef __cplusplus
}
#endif
#endif
