// Objective-C++ (.mm): C++ classes and Objective-C methods in one unit, the
// same models as Objective-C.
// REQUIRES: gnustep-headers
// RUN: %run-both %s -- -x objective-c++ -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: objc-foundation hardcoded-key
// coverage: objc-foundation tls-verify
#import <Foundation/Foundation.h>
#include <CommonCrypto/CommonCrypto.h>
#include <Security/Security.h>
#include <mock/AppleURLTrust.h>

namespace {
// ruleid: backdoor-secret-literal
constexpr unsigned char kSyncKey[16] = {0x52, 0xe8, 0x1f, 0x9b, 0x06, 0xd4, 0x7a, 0x33,
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: variable 'kSyncKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                        0xc1, 0x6e, 0xb0, 0x25, 0x98, 0x4d, 0xf7, 0x0a};

int sealWith(NSData *key, const void *in, size_t n, void *out, size_t cap, size_t *moved, const void *iv) {
  // ruleid: backdoor-hardcoded-key
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, [key bytes], [key length], iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: hardcoded key 'kSyncKey' reaches the key of 'CCCrypt'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:40: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE+18]]:17: note: value defined here
  // CHECK-MESSAGES: :[[@LINE+18]]:19: note: argument passed here
}

class Sealer {
public:
  int seal(const void *in, size_t n, void *out, size_t cap, size_t *moved, const void *iv) const {
    NSData *key = [[NSData alloc] initWithBytes:kSyncKey length:sizeof kSyncKey];
    // ruleid: backdoor-hardcoded-key
    return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key.bytes, key.length, iv, in, n, out, cap, moved);
    // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: hardcoded key 'kSyncKey' reaches the key of 'CCCrypt'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
    // CHECK-MESSAGES: :[[@LINE-20]]:40: note: constant defined here
    // CHECK-MESSAGES: :[[@LINE-5]]:19: note: value defined here
  }
};
} // namespace

int sealWithBuiltinKey(const void *in, size_t n, void *out, size_t cap, size_t *moved, const void *iv) {
  NSData *key = [NSData dataWithBytes:kSyncKey length:sizeof kSyncKey];
  return sealWith(key, in, n, out, cap, moved, iv) + Sealer().seal(in, n, out, cap, moved, iv);
}

@interface SyncDelegate : NSObject <NSURLSessionDelegate>
@end

@implementation SyncDelegate
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  // ruleid: backdoor-tls-verify-disabled
  completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: 'credentialForTrust:' makes a credential from the server's trust that is never evaluated (no SecTrustEvaluateWithError), so any certificate is accepted and anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
}
@end

// ---- not findings

int sealWithKey(NSData *key, const void *in, size_t n, void *out, size_t cap, size_t *moved, const void *iv) {
  // ok: backdoor-hardcoded-key
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, [key bytes], [key length], iv, in, n, out, cap, moved);
}

@interface CheckedDelegate : NSObject <NSURLSessionDelegate>
@end

@implementation CheckedDelegate
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  if (!SecTrustEvaluateWithError(trust, nullptr)) {
    completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
    return;
  }
  // ok: backdoor-tls-verify-disabled
  completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
}
@end
