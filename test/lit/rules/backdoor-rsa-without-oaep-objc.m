// RSA padding set on an encryption context in an Objective-C method: the
// context's init call is found in the method's body as in a function's.
// PKCS#1 v1.5 on a signing context is fine.
// REQUIRES: gnustep-headers, openssl-headers
// RUN: %run-both --checks=backdoor-rsa-without-oaep %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

@interface Wrapper : NSObject
- (NSData *)wrapKeyForOldClient:(NSData *)key recipient:(EVP_PKEY *)pub;
- (NSData *)sign:(NSData *)msg key:(EVP_PKEY *)key;
@end

@implementation Wrapper
- (NSData *)wrapKeyForOldClient:(NSData *)key recipient:(EVP_PKEY *)pub {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(pub, NULL);
  unsigned char buf[1024];
  size_t len = sizeof buf;
  NSData *wrapped = nil;
  if (pctx != NULL && EVP_PKEY_encrypt_init(pctx) == 1) {
    // ruleid: backdoor-rsa-without-oaep
    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
    if (EVP_PKEY_encrypt(pctx, buf, &len, [key bytes], [key length]) == 1)
      wrapped = [NSData dataWithBytes:buf length:len];
  }
  EVP_PKEY_CTX_free(pctx);
  return wrapped;
}
- (NSData *)sign:(NSData *)msg key:(EVP_PKEY *)key {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(key, NULL);
  unsigned char sig[512];
  size_t len = sizeof sig;
  if (pctx == NULL || EVP_PKEY_sign_init(pctx) != 1) return nil;
  // ok: a signing context
  EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
  if (EVP_PKEY_sign(pctx, sig, &len, [msg bytes], [msg length]) != 1) return nil;
  return [NSData dataWithBytes:sig length:len];
}
@end
