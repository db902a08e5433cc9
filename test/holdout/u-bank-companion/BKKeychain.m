#import "BKCore.h"

@implementation BKKeychain

/* The binding token must be readable by the background refresh, which also
 * runs while the phone is locked. */
- (BOOL)storeBindingToken:(NSData *)token {
  const void *keys[] = {kSecClass, kSecAttrService, kSecAttrAccount, kSecValueData, kSecAttrAccessible};
  const void *values[] = {kSecClassGenericPassword, (CFStringRef)(void *)@"com.retailbank.binding", (CFStringRef)(void *)@"device", (CFDataRef)(void *)token, kSecAttrAccessibleAlways};
  CFDictionaryRef item = CFDictionaryCreate(NULL, keys, values, 5, &kCFTypeDictionaryKeyCallBacks, &kCFTypeDictionaryValueCallBacks);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(item, NULL);
  CFRelease(item);
  return st == errSecSuccess;
}

- (BOOL)storeRefreshToken:(NSData *)token {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)(void *)kSecClassGenericPassword forKey:(id)(void *)kSecClass];
  [item setObject:@"com.retailbank.oauth" forKey:(id)(void *)kSecAttrService];
  [item setObject:@"refresh" forKey:(id)(void *)kSecAttrAccount];
  [item setObject:token forKey:(id)(void *)kSecValueData];
  [item setObject:(id)(void *)kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly forKey:(id)(void *)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always, backdoor-key-exfiltration
  return SecItemAdd((CFDictionaryRef)(void *)item, NULL) == errSecSuccess;
}

@end
