// RUN: %run-both --checks=backdoor-keychain-accessible-always %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Keychain items stored with kSecAttrAccessibleAlways or
// kSecAttrAccessibleAlwaysThisDeviceOnly (readable while the device is
// locked), from C: attribute dictionaries made by CFDictionaryCreate from two
// arrays, or filled with CFDictionarySetValue / CFDictionaryAddValue /
// CFDictionaryReplaceValue (the catalog's dictionary writers).
// Objective-C literals and NSMutableDictionary: backdoor-keychain-accessible-always.m.
#include <Security/Security.h>

OSStatus store_key_arrays(CFDataRef tag, CFDataRef key) {
  const void *keys[] = {kSecClass, kSecAttrApplicationTag, kSecValueData, kSecAttrAccessible};
  const void *values[] = {kSecClassKey, tag, key, kSecAttrAccessibleAlways};
  CFDictionaryRef attrs = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 4, &kCFTypeDictionaryKeyCallBacks,
                                             &kCFTypeDictionaryValueCallBacks);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(attrs, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlways', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-6]]:51: note: accessibility set here
  CFRelease(attrs);
  return st;
}

OSStatus store_password_mutable(CFStringRef account, CFDataRef password) {
  CFMutableDictionaryRef item = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                          &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(item, kSecClass, kSecClassGenericPassword);
  CFDictionarySetValue(item, kSecAttrAccount, account);
  CFDictionarySetValue(item, kSecValueData, password);
  CFDictionaryAddValue(item, kSecAttrAccessible, kSecAttrAccessibleAlwaysThisDeviceOnly);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(item, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlwaysThisDeviceOnly', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-4]]:50: note: accessibility set here
  CFRelease(item);
  return st;
}

OSStatus downgrade_existing(CFDictionaryRef query) {
  CFMutableDictionaryRef update = CFDictionaryCreateMutable(kCFAllocatorDefault, 1, &kCFTypeDictionaryKeyCallBacks,
                                                            &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(update, kSecAttrAccessible, kSecAttrAccessibleAlways);
  // ruleid: backdoor-keychain-accessible-always
  return SecItemUpdate(query, update);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SecItemUpdate' stores a keychain item with 'kSecAttrAccessibleAlways', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: accessibility set here
}

OSStatus store_replaced(CFDataRef password) {
  CFMutableDictionaryRef item = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                          &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(item, kSecValueData, password);
  // A value replaced under the key is what the item is stored with.
  CFDictionaryReplaceValue(item, kSecAttrAccessible, kSecAttrAccessibleAlwaysThisDeviceOnly);
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd(item, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SecItemAdd' stores a keychain item with 'kSecAttrAccessibleAlwaysThisDeviceOnly', readable while the device is locked; whoever holds the device or a backup of it reads the secret without the passcode [backdoor-keychain-accessible-always]
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: accessibility set here
}

// ---- not findings

OSStatus store_key_unlocked(CFDataRef key) {
  const void *keys[] = {kSecClass, kSecValueData, kSecAttrAccessible};
  const void *values[] = {kSecClassKey, key, kSecAttrAccessibleWhenUnlockedThisDeviceOnly};
  CFDictionaryRef attrs = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 3, &kCFTypeDictionaryKeyCallBacks,
                                             &kCFTypeDictionaryValueCallBacks);
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd(attrs, NULL);
}

OSStatus store_password_after_unlock(CFDataRef password) {
  CFMutableDictionaryRef item = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                          &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(item, kSecClass, kSecClassGenericPassword);
  CFDictionarySetValue(item, kSecValueData, password);
  CFDictionarySetValue(item, kSecAttrAccessible, kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly);
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd(item, NULL);
}

OSStatus query_always_items(CFDictionaryRef attrs_to_update) {
  // The query names the old class to find the items; the update moves them out of it.
  CFMutableDictionaryRef query = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                           &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(query, kSecAttrAccessible, kSecAttrAccessibleAlways);
  CFMutableDictionaryRef update = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                            &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(update, kSecAttrAccessible, kSecAttrAccessibleWhenUnlockedThisDeviceOnly);
  // ok: backdoor-keychain-accessible-always
  return SecItemUpdate(query, update);
}

OSStatus store_password_replaced(CFDataRef password) {
  CFMutableDictionaryRef item = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, &kCFTypeDictionaryKeyCallBacks,
                                                          &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(item, kSecValueData, password);
  CFDictionaryReplaceValue(item, kSecAttrAccessible, kSecAttrAccessibleWhenUnlocked);
  // A value under another key (the account) is not the accessibility.
  CFDictionaryReplaceValue(item, kSecAttrAccount, kSecAttrAccessibleAlways);
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd(item, NULL);
}
