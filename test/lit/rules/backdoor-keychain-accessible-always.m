// Keychain items stored with kSecAttrAccessibleAlways* from Objective-C:
// @{...} literals, NSMutableDictionary -setObject:forKey: and -setValue:forKey:
// (GNUstep's runtime, which these tests parse with, has no keyed subscripts).
// C attribute dictionaries: backdoor-keychain-accessible-always.c.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-keychain-accessible-always %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <Security/Security.h>

@interface TokenStore : NSObject
- (OSStatus)saveToken:(NSData *)token account:(NSString *)account;
- (OSStatus)saveKey:(NSData *)key tag:(NSData *)tag;
- (OSStatus)saveSecret:(NSData *)secret;
- (OSStatus)saveProtectedToken:(NSData *)token account:(NSString *)account;
- (OSStatus)saveProtectedKey:(NSData *)key;
@end

@implementation TokenStore
- (OSStatus)saveToken:(NSData *)token account:(NSString *)account {
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrAccount : account,
    (id)kSecValueData : token,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways,
  };
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlways', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-5]]:30: note: accessibility set here
}

- (OSStatus)saveKey:(NSData *)key tag:(NSData *)tag {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassKey forKey:(id)kSecClass];
  [item setObject:tag forKey:(id)kSecAttrApplicationTag];
  [item setObject:key forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAlwaysThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlwaysThisDeviceOnly', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: accessibility set here
}

- (OSStatus)saveSecret:(NSData *)secret {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setValue:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setValue:secret forKey:(id)kSecValueData];
  [item setValue:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlways', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: accessibility set here
}

// ---- not findings

- (OSStatus)saveProtectedToken:(NSData *)token account:(NSString *)account {
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrAccount : account,
    (id)kSecValueData : token,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
  };
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL);
}

- (OSStatus)saveProtectedKey:(NSData *)key {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassKey forKey:(id)kSecClass];
  [item setObject:key forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL);
}
@end
