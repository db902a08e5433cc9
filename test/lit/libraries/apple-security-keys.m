// Apple's Security framework from Objective-C: keys made from attribute
// dictionaries (@{...} literals): SecKeyCreateRandomKey's kSecAttrKeySizeInBits
// for its kSecAttrKeyType, and SecKeyCreateWithData of constant bytes that the
// attributes call a private key.
// REQUIRES: gnustep-headers
// RUN: %run-both %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: apple-security key-size
// coverage: apple-security hardcoded-key
#import <Foundation/Foundation.h>
#include <Security/Security.h>

// ruleid: backdoor-secret-literal
static const unsigned char kDeviceKeyDer[48] = {
// CHECK-MESSAGES: :[[@LINE-1]]:48: warning: variable 'kDeviceKeyDer' holds 48 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00, 0xb3, 0x5e, 0x1c, 0x97,
    0x0d, 0x6a, 0xf2, 0x41, 0x88, 0x2b, 0xc5, 0x70, 0x19, 0xe4, 0x3f, 0xa6, 0x52, 0x0b, 0xd8, 0x7c,
    0x61, 0x94, 0x2e, 0xb7, 0x05, 0xca, 0x13, 0x6f, 0xe9, 0x38, 0x80, 0x4d, 0xa1, 0x16, 0xfb, 0x27};

SecKeyRef legacy_key(CFErrorRef *error) {
  // ruleid: backdoor-short-key
  NSDictionary *attrs = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA, (id)kSecAttrKeySizeInBits : @1024};
  // CHECK-MESSAGES: :[[@LINE-1]]:101: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  return SecKeyCreateRandomKey((CFDictionaryRef)attrs, error);
}

SecKeyRef inline_attributes(CFErrorRef *error) {
  // ruleid: backdoor-short-key
  return SecKeyCreateRandomKey((CFDictionaryRef)@{(id)kSecAttrKeySizeInBits : @(768), (id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA}, error);
  // CHECK-MESSAGES: :[[@LINE-1]]:79: warning: 768-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

SecKeyRef device_key(void) {
  NSData *der = [NSData dataWithBytes:kDeviceKeyDer length:sizeof kDeviceKeyDer];
  NSDictionary *attrs = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA, (id)kSecAttrKeyClass : (id)kSecAttrKeyClassPrivate};
  // ruleid: backdoor-hardcoded-key
  return SecKeyCreateWithData((CFDataRef)der, (CFDictionaryRef)attrs, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: hardcoded private key 'kDeviceKeyDer' reaches the private key of 'SecKeyCreateWithData'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-25]]:48: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: value defined here
}

// ---- not findings

SecKeyRef modern_keys(CFErrorRef *error) {
  NSDictionary *rsa = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA, (id)kSecAttrKeySizeInBits : @3072};
  NSDictionary *ec = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeECSECPrimeRandom, (id)kSecAttrKeySizeInBits : @256};
  // ok: backdoor-short-key
  SecKeyRef a = SecKeyCreateRandomKey((CFDictionaryRef)rsa, error);
  // ok: backdoor-short-key
  SecKeyRef b = SecKeyCreateRandomKey((CFDictionaryRef)ec, error);
  return a ? a : b;
}

SecKeyRef pinned_public_key(void) {
  NSData *der = [NSData dataWithBytes:kDeviceKeyDer length:sizeof kDeviceKeyDer];
  NSDictionary *attrs = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA, (id)kSecAttrKeyClass : (id)kSecAttrKeyClassPublic};
  // ok: backdoor-hardcoded-key (a public key)
  return SecKeyCreateWithData((CFDataRef)der, (CFDictionaryRef)attrs, NULL);
}

SecKeyRef stored_key(NSString *path) {
  NSData *der = [NSData dataWithContentsOfFile:path];
  NSDictionary *attrs = @{(id)kSecAttrKeyType : (id)kSecAttrKeyTypeRSA, (id)kSecAttrKeyClass : (id)kSecAttrKeyClassPrivate};
  // ok: backdoor-hardcoded-key (read at run time)
  return SecKeyCreateWithData((CFDataRef)der, (CFDictionaryRef)attrs, NULL);
}
