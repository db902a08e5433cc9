/* Vendored subset of Apple's CommonCrypto and Security declarations, so the
 * portable build (GNUstep on Linux) compiles the same sources as the iOS app.
 * Names, parameter order and constant values mirror
 * <CommonCrypto/CommonCryptor.h>, <CommonCrypto/CommonHMAC.h>,
 * <CommonCrypto/CommonKeyDerivation.h>, <CommonCrypto/CommonRandom.h> and
 * <Security/SecItem.h>, <Security/SecKey.h>, <Security/SecTrust.h>. */
#ifndef APPLE_CRYPTO_SHIM_H
#define APPLE_CRYPTO_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* CoreFoundation */
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFData *CFDataRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFError *CFErrorRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef long CFIndex;
typedef int32_t OSStatus;
extern const CFAllocatorRef kCFAllocatorDefault;
CFDataRef CFDataCreate(CFAllocatorRef allocator, const uint8_t *bytes, CFIndex length);
const uint8_t *CFDataGetBytePtr(CFDataRef theData);
CFIndex CFDataGetLength(CFDataRef theData);
void CFRelease(CFTypeRef cf);

/* CommonCryptor.h */
typedef int32_t CCCryptorStatus;
typedef uint32_t CCOperation;
typedef uint32_t CCAlgorithm;
typedef uint32_t CCOptions;
enum { kCCSuccess = 0, kCCParamError = -4300, kCCBufferTooSmall = -4301 };
enum { kCCEncrypt = 0, kCCDecrypt };
enum {
  kCCAlgorithmAES128 = 0,
  kCCAlgorithmAES = 0,
  kCCAlgorithmDES,
  kCCAlgorithm3DES,
  kCCAlgorithmCAST,
  kCCAlgorithmRC4,
  kCCAlgorithmRC2,
  kCCAlgorithmBlowfish
};
enum { kCCOptionPKCS7Padding = 0x0001, kCCOptionECBMode = 0x0002 };
enum {
  kCCKeySizeAES128 = 16,
  kCCKeySizeAES192 = 24,
  kCCKeySizeAES256 = 32,
  kCCKeySizeDES = 8,
  kCCKeySize3DES = 24,
  kCCKeySizeMinBlowfish = 8,
  kCCKeySizeMaxBlowfish = 56
};
enum { kCCBlockSizeAES128 = 16, kCCBlockSizeDES = 8, kCCBlockSizeBlowfish = 8 };

CCCryptorStatus CCCrypt(CCOperation op, CCAlgorithm alg, CCOptions options, const void *key, size_t keyLength,
                        const void *iv, const void *dataIn, size_t dataInLength, void *dataOut,
                        size_t dataOutAvailable, size_t *dataOutMoved);

/* CommonHMAC.h */
enum {
  kCCHmacAlgSHA1,
  kCCHmacAlgMD5,
  kCCHmacAlgSHA256,
  kCCHmacAlgSHA384,
  kCCHmacAlgSHA512,
  kCCHmacAlgSHA224
};
typedef uint32_t CCHmacAlgorithm;
void CCHmac(CCHmacAlgorithm algorithm, const void *key, size_t keyLength, const void *data, size_t dataLength,
            void *macOut);

/* CommonDigest.h */
typedef uint32_t CC_LONG;
#define CC_SHA256_DIGEST_LENGTH 32
unsigned char *CC_SHA256(const void *data, CC_LONG len, unsigned char *md);

/* CommonKeyDerivation.h */
enum { kCCPBKDF2 = 2 };
typedef uint32_t CCPBKDFAlgorithm;
enum {
  kCCPRFHmacAlgSHA1 = 1,
  kCCPRFHmacAlgSHA224 = 2,
  kCCPRFHmacAlgSHA256 = 3,
  kCCPRFHmacAlgSHA384 = 4,
  kCCPRFHmacAlgSHA512 = 5
};
typedef uint32_t CCPseudoRandomAlgorithm;
int CCKeyDerivationPBKDF(CCPBKDFAlgorithm algorithm, const char *password, size_t passwordLen, const uint8_t *salt,
                         size_t saltLen, CCPseudoRandomAlgorithm prf, unsigned rounds, uint8_t *derivedKey,
                         size_t derivedKeyLen);

/* CommonRandom.h */
typedef CCCryptorStatus CCRNGStatus;
CCRNGStatus CCRandomGenerateBytes(void *bytes, size_t count);

/* Security: SecBase.h, SecRandom.h, SecItem.h, SecKey.h, SecTrust.h */
typedef struct __SecKey *SecKeyRef;
typedef struct __SecTrust *SecTrustRef;
typedef const struct __SecRandom *SecRandomRef;
enum { errSecSuccess = 0, errSecItemNotFound = -25300 };
extern const SecRandomRef kSecRandomDefault;
int SecRandomCopyBytes(SecRandomRef rnd, size_t count, void *bytes);

extern const CFStringRef kSecClass;
extern const CFStringRef kSecClassGenericPassword;
extern const CFStringRef kSecClassKey;
extern const CFStringRef kSecAttrAccount;
extern const CFStringRef kSecAttrService;
extern const CFStringRef kSecAttrAccessible;
extern const CFStringRef kSecAttrAccessibleAlways;
extern const CFStringRef kSecAttrAccessibleAlwaysThisDeviceOnly;
extern const CFStringRef kSecAttrAccessibleWhenUnlocked;
extern const CFStringRef kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly;
extern const CFStringRef kSecValueData;
extern const CFStringRef kSecReturnData;
extern const CFStringRef kSecAttrKeyType;
extern const CFStringRef kSecAttrKeyTypeRSA;
extern const CFStringRef kSecAttrKeyTypeECSECPrimeRandom;
extern const CFStringRef kSecAttrKeyClass;
extern const CFStringRef kSecAttrKeyClassPublic;
extern const CFStringRef kSecAttrKeyClassPrivate;
extern const CFStringRef kSecAttrKeySizeInBits;
OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemCopyMatching(CFDictionaryRef query, CFTypeRef *result);

typedef CFStringRef SecKeyAlgorithm;
extern const SecKeyAlgorithm kSecKeyAlgorithmRSAEncryptionOAEPSHA256;
extern const SecKeyAlgorithm kSecKeyAlgorithmECDSASignatureMessageX962SHA256;
SecKeyRef SecKeyCreateWithData(CFDataRef keyData, CFDictionaryRef attributes, CFErrorRef *error);
SecKeyRef SecKeyCreateRandomKey(CFDictionaryRef parameters, CFErrorRef *error);
SecKeyRef SecKeyCopyPublicKey(SecKeyRef key);
CFDataRef SecKeyCreateEncryptedData(SecKeyRef key, SecKeyAlgorithm algorithm, CFDataRef plaintext, CFErrorRef *error);
CFDataRef SecKeyCopyExternalRepresentation(SecKeyRef key, CFErrorRef *error);
bool SecKeyVerifySignature(SecKeyRef key, SecKeyAlgorithm algorithm, CFDataRef signedData, CFDataRef signature,
                           CFErrorRef *error);

bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);
CFIndex SecTrustGetCertificateCount(SecTrustRef trust);

#ifdef __cplusplus
}
#endif

#ifdef __OBJC__
#import <Foundation/Foundation.h>
#import <Foundation/NSURLAuthenticationChallenge.h>
#import <Foundation/NSURLCredential.h>
#import <Foundation/NSURLProtectionSpace.h>

/* NSURLSession is compiled out of this GNUstep build (GS_HAVE_NSURLSESSION 0):
 * the subset of Apple's <Foundation/NSURLSession.h> the app uses. */
typedef NS_ENUM(NSInteger, NSURLSessionAuthChallengeDisposition) {
  NSURLSessionAuthChallengeUseCredential = 0,
  NSURLSessionAuthChallengePerformDefaultHandling = 1,
  NSURLSessionAuthChallengeCancelAuthenticationChallenge = 2,
  NSURLSessionAuthChallengeRejectProtectionSpace = 3
};
typedef NS_ENUM(uint16_t, tls_protocol_version_t) {
  tls_protocol_version_TLSv10 = 0x0301,
  tls_protocol_version_TLSv11 = 0x0302,
  tls_protocol_version_TLSv12 = 0x0303,
  tls_protocol_version_TLSv13 = 0x0304
};

@class NSURLSession;
@class NSURLSessionDataTask;

@protocol NSURLSessionDelegate <NSObject>
@optional
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition,
                                  NSURLCredential *credential))completionHandler;
@end

@interface NSURLSessionConfiguration : NSObject
+ (NSURLSessionConfiguration *)defaultSessionConfiguration;
@property tls_protocol_version_t TLSMinimumSupportedProtocolVersion;
@property tls_protocol_version_t TLSMaximumSupportedProtocolVersion;
@end

@interface NSURLSessionDataTask : NSObject
- (void)resume;
@end

@interface NSURLSession : NSObject
+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration
                                  delegate:(id<NSURLSessionDelegate>)delegate
                             delegateQueue:(NSOperationQueue *)queue;
- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request;
- (NSURLSessionDataTask *)uploadTaskWithRequest:(NSURLRequest *)request fromData:(NSData *)bodyData;
@end

@interface NSURLProtectionSpace (AppleServerTrust)
@property(readonly) SecTrustRef serverTrust;
@end

@interface NSURLCredential (AppleServerTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
- (instancetype)initWithTrust:(SecTrustRef)trust;
@end
#endif

#endif
