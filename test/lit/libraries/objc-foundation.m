// Objective-C with Foundation (GNUstep's headers on Linux): data carried by
// message sends (+[NSData dataWithBytes:length:], -bytes, NSString literals
// and -UTF8String) into CommonCrypto, and NSURLSession and NSURLConnection
// authentication challenges answered with a credential for any server trust.
// REQUIRES: gnustep-headers
// RUN: %run-both %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: objc-foundation hardcoded-key
// coverage: objc-foundation hardcoded-iv
// coverage: objc-foundation password-kdf
// coverage: objc-foundation tls-verify
// coverage: apple-security tls-verify
#import <Foundation/Foundation.h>
#include <CommonCrypto/CommonCrypto.h>
#include <Security/Security.h>
#include <mock/AppleURLTrust.h>
#include <string.h>

// ruleid: backdoor-secret-literal
static const unsigned char kVaultKey[32] = {
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: variable 'kVaultKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x9c, 0x14, 0x7e, 0xd2, 0x3b, 0x86, 0x51, 0xaf, 0x0e, 0xc7, 0x62, 0x39, 0xf4, 0x1d, 0xa8, 0x55,
    0x2b, 0xe0, 0x73, 0x9a, 0x46, 0xcd, 0x18, 0x8f, 0x61, 0x05, 0xbe, 0x37, 0xd9, 0x4a, 0x90, 0x2c};
static const unsigned char kVaultIv[16] = {0x41, 0x8e, 0x03, 0xd7, 0x6a, 0xf2, 0x19, 0xbc,
                                           0x75, 0x2e, 0xc1, 0x58, 0x0d, 0x93, 0xe6, 0x4f};

@interface Vault : NSObject
- (NSData *)seal:(NSData *)plain iv:(NSData *)iv;
- (NSData *)sealWithFixedIv:(NSData *)plain key:(NSData *)key;
- (BOOL)deriveInto:(uint8_t *)out salt:(NSData *)salt;
- (BOOL)derive:(NSString *)password into:(uint8_t *)out salt:(NSData *)salt;
- (NSData *)sealFresh:(NSData *)plain;
@end

@implementation Vault
- (NSData *)seal:(NSData *)plain iv:(NSData *)iv {
  NSData *keyData = [NSData dataWithBytes:kVaultKey length:sizeof kVaultKey];
  NSMutableData *out = [NSMutableData dataWithLength:[plain length] + kCCBlockSizeAES128];
  size_t moved = 0;
  // ruleid: backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, keyData.bytes, [keyData length], [iv bytes], [plain bytes], [plain length], [out mutableBytes], [out length], &moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: hardcoded key 'kVaultKey' reaches the key of 'CCCrypt'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-23]]:44: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: value defined here
  return out;
}

- (NSData *)sealWithFixedIv:(NSData *)plain key:(NSData *)key {
  NSData *iv = [[NSData alloc] initWithBytes:kVaultIv length:sizeof kVaultIv];
  NSMutableData *out = [NSMutableData dataWithLength:[plain length] + kCCBlockSizeAES128];
  size_t moved = 0;
  // ruleid: backdoor-hardcoded-iv
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, [key bytes], [key length], [iv bytes], [plain bytes], [plain length], [out mutableBytes], [out length], &moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:90: warning: constant IV 'kVaultIv' reaches the IV of 'CCCrypt'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-31]]:43: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:16: note: value defined here
  return out;
}

- (BOOL)deriveInto:(uint8_t *)out salt:(NSData *)salt {
  NSString *pass = @"Vault-Admin-2019!";
  // ruleid: backdoor-magic-credential
  return CCKeyDerivationPBKDF(kCCPBKDF2, pass.UTF8String, strlen([pass UTF8String]), [salt bytes], [salt length], kCCPRFHmacAlgSHA256, 600000, out, 32) == kCCSuccess;
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: hardcoded password 'pass' reaches the password of 'CCKeyDerivationPBKDF'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: value defined here
}

// ---- not findings

- (BOOL)derive:(NSString *)password into:(uint8_t *)out salt:(NSData *)salt {
  // ok: backdoor-magic-credential
  return CCKeyDerivationPBKDF(kCCPBKDF2, [password UTF8String], strlen(password.UTF8String), [salt bytes], [salt length], kCCPRFHmacAlgSHA256, 600000, out, 32) == kCCSuccess;
}

- (NSData *)sealFresh:(NSData *)plain {
  NSMutableData *key = [NSMutableData dataWithLength:kCCKeySizeAES256];
  NSMutableData *iv = [NSMutableData dataWithLength:kCCBlockSizeAES128];
  if (SecRandomCopyBytes(kSecRandomDefault, [key length], [key mutableBytes]) != errSecSuccess) return nil;
  if (SecRandomCopyBytes(kSecRandomDefault, [iv length], [iv mutableBytes]) != errSecSuccess) return nil;
  NSMutableData *out = [NSMutableData dataWithLength:[plain length] + kCCBlockSizeAES128];
  size_t moved = 0;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, [key bytes], [key length], [iv bytes], [plain bytes], [plain length], [out mutableBytes], [out length], &moved);
  return out;
}
@end

// ---- server trust

@interface TrustEverything : NSObject <NSURLSessionDelegate>
@end

@implementation TrustEverything
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  if ([[[challenge protectionSpace] authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    // ruleid: backdoor-tls-verify-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
    // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'credentialForTrust:' makes a credential from the server's trust that is never evaluated (no SecTrustEvaluateWithError), so any certificate is accepted and anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
    return;
  }
  completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
}
@end

@interface LegacyConnection : NSObject
- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge;
- (void)answer:(NSURLAuthenticationChallenge *)challenge later:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))handler;
@end

@implementation LegacyConnection
- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  // ruleid: backdoor-tls-verify-disabled
  NSURLCredential *credential = [[NSURLCredential alloc] initWithTrust:trust];
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'initWithTrust:' makes a credential from the server's trust that is never evaluated (no SecTrustEvaluateWithError), so any certificate is accepted and anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  [[challenge sender] useCredential:credential forAuthenticationChallenge:challenge];
}

- (void)answer:(NSURLAuthenticationChallenge *)challenge later:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))handler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  void (^accept)(void) = ^{
    // ruleid: backdoor-tls-verify-disabled
    handler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'credentialForTrust:' makes a credential from the server's trust that is never evaluated (no SecTrustEvaluateWithError), so any certificate is accepted and anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  };
  accept();
}
@end

@interface Evaluates : NSObject <NSURLSessionDelegate>
- (BOOL)pinned:(SecTrustRef)trust;
@end

@implementation Evaluates
- (BOOL)pinned:(SecTrustRef)trust {
  return SecTrustGetCertificateCount(trust) > 0;
}

- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  CFErrorRef error = NULL;
  if (trust && SecTrustEvaluateWithError(trust, &error)) {
    // ok: backdoor-tls-verify-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    return;
  }
  completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}

- (void)URLSession:(NSURLSession *)session
                   task:(NSURLSessionTask *)task
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  if ([self pinned:trust]) {
    // ok: backdoor-tls-verify-disabled (a pinning check of the program's)
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    return;
  }
  completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}
@end

// A cipher named by an NSString constant handed over as C text (a property
// read of UTF8String, a message, a C string made from it).
#include <openssl/evp.h>
static NSString *const kLegacyAlbumCipher = @"des-ede3-cbc";
static NSString *const kAlbumCipher = @"aes-256-gcm";
int album_init(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(kLegacyAlbumCipher.UTF8String), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'des-ede3-cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname([[NSString stringWithString:kLegacyAlbumCipher] UTF8String]), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'des-ede3-cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(kAlbumCipher.UTF8String), NULL, k, iv);
}
