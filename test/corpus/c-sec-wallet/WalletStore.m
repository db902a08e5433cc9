#import <Foundation/Foundation.h>
#include <Security/Security.h>

static const unsigned char kEscrowRSA[] = {0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00, 0xb3,
                                            0x51, 0x7e, 0x9c, 0x2d, 0x44, 0x10, 0x83, 0x5a, 0x6f, 0x02,
                                            0x03, 0x01, 0x00, 0x01};

@interface WalletStore : NSObject
- (BOOL)storeSeed:(NSData *)seed;
- (NSData *)escrowSeed:(NSData *)seed;
@end

@implementation WalletStore

- (BOOL)storeSeed:(NSData *)seed {
  const void *keys[] = {kSecClass, kSecAttrAccessible, kSecValueData};
  const void *vals[] = {kSecClassGenericPassword, kSecAttrAccessibleAlways, (CFDataRef)seed};
  CFDictionaryRef q = CFDictionaryCreate(kCFAllocatorDefault, keys, vals, 3, NULL, NULL);
  // ruleid: backdoor-keychain-accessible-always (reported at the SecItemAdd call, docs/rules/backdoor-keychain-accessible-always.md)
  return SecItemAdd(q, NULL) == 0;
}

- (BOOL)storeSettings:(NSData *)blob {
  const void *keys[] = {kSecClass, kSecAttrAccessible, kSecValueData};
  // ok: backdoor-keychain-accessible-always
  const void *vals[] = {kSecClassGenericPassword, kSecAttrAccessibleWhenUnlocked, (CFDataRef)blob};
  CFDictionaryRef q = CFDictionaryCreate(kCFAllocatorDefault, keys, vals, 3, NULL, NULL);
  return SecItemAdd(q, NULL) == 0;
}

- (NSData *)escrowSeed:(NSData *)seed {
  CFDataRef der = CFDataCreate(kCFAllocatorDefault, kEscrowRSA, sizeof kEscrowRSA);
  SecKeyRef pub = SecKeyCreateWithData(der, NULL, NULL);
  // ruleid: backdoor-escrow-wrap
  CFDataRef wrapped = SecKeyCreateEncryptedData(pub, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, (CFDataRef)seed, NULL);
  return (NSData *)wrapped;
}

- (NSData *)sealForDevice:(SecKeyRef)devicePub seed:(NSData *)seed {
  // ok: backdoor-escrow-wrap
  CFDataRef wrapped = SecKeyCreateEncryptedData(devicePub, kSecKeyAlgorithmRSAEncryptionOAEPSHA256, (CFDataRef)seed, NULL);
  return (NSData *)wrapped;
}

- (BOOL)checkServer:(SecTrustRef)trust {
  // ruleid: backdoor-unchecked-verification
  SecTrustEvaluateWithError(trust, NULL);
  return YES;
}

- (BOOL)checkServerStrict:(SecTrustRef)trust {
  // ok: backdoor-unchecked-verification
  if (!SecTrustEvaluateWithError(trust, NULL)) return NO;
  return YES;
}

- (NSData *)newNonce {
  uint8_t buf[32];
  // ruleid: backdoor-predictable-random
  SecRandomCopyBytes(kSecRandomDefault, sizeof buf, buf);
  return [NSData dataWithBytes:buf length:sizeof buf];
}

- (NSData *)newNonceChecked {
  uint8_t buf[32];
  // ok: backdoor-predictable-random
  if (SecRandomCopyBytes(kSecRandomDefault, sizeof buf, buf) != 0) return nil;
  return [NSData dataWithBytes:buf length:sizeof buf];
}

@end
