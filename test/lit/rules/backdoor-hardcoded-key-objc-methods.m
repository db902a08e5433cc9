// Objective-C methods the unit implements: what a message returns is what
// the method's body returns (`[self legacyKey]`, a class method, a category
// on NSData), its parameters what the unit's messages pass. A method that
// returns a digest or data the caller derives is silent.
// REQUIRES: gnustep-headers, openssl-headers
// RUN: %run-both --checks=backdoor-hardcoded-key %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static const unsigned char kFallback[16] = {0x5d, 0x02, 0xe8, 0x71, 0x3a, 0xc9, 0x14, 0xbf,
                                            0x66, 0x0e, 0xd3, 0x28, 0x97, 0x4b, 0xa1, 0x3c};

@interface NSData (Bytes)
- (const unsigned char *)keyBytes;
@end

@implementation NSData (Bytes)
- (const unsigned char *)keyBytes {
  return [self bytes];
}
@end

@interface Sealer : NSObject
+ (NSString *)apiSecret;
- (NSData *)fallbackKey;
- (NSData *)derivedKey:(NSString *)pass;
- (void)seal:(NSData *)doc;
- (void)sealWithPass:(NSData *)doc pass:(NSString *)pass;
- (void)sign:(const unsigned char *)msg length:(size_t)n mac:(unsigned char *)mac;
@end

@implementation Sealer
+ (NSString *)apiSecret {
  return @"4f0b9e1d27a3c865";
}

- (NSData *)fallbackKey {
  return [NSData dataWithBytes:kFallback length:sizeof kFallback];
}

- (NSData *)derivedKey:(NSString *)pass {
  unsigned char k[16];
  PKCS5_PBKDF2_HMAC([pass UTF8String], (int)[pass length], (const unsigned char *)[pass UTF8String], 16,
                    600000, EVP_sha256(), sizeof k, k);
  return [NSData dataWithBytes:k length:sizeof k];
}

- (void)seal:(NSData *)doc {
  unsigned char iv[16];
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, [[self fallbackKey] bytes], iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kFallback' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  (void)doc;
  EVP_CIPHER_CTX_free(ctx);
}

- (void)sealWithPass:(NSData *)doc pass:(NSString *)pass {
  unsigned char iv[16];
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, [[self derivedKey:pass] bytes], iv);
  (void)doc;
  EVP_CIPHER_CTX_free(ctx);
}

- (void)sign:(const unsigned char *)msg length:(size_t)n mac:(unsigned char *)mac {
  unsigned int len = 0;
  NSString *secret = [Sealer apiSecret];
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), [secret UTF8String], (int)[secret length], msg, n, mac, &len);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: hardcoded key 'secret' reaches the key of 'HMAC'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
@end
