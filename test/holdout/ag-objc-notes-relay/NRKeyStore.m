#import "NotesRelay.h"
#import "NRSecurityShim.h"

@implementation NRKeyStore

- (BOOL)storeRelayToken:(NSData *)token account:(NSString *)account {
  NSDictionary *item = @{(id)kSecClass : (id)kSecClassGenericPassword,
                         (id)kSecAttrService : @"notes-relay",
                         (id)kSecAttrAccount : account,
                         (id)kSecValueData : token,
                         (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways};
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)storeSyncKey:(NSData *)key account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"notes-sync" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:key forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)storeDeviceCookie:(NSData *)cookie {
  CFMutableDictionaryRef query = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, kCFTypeDictionaryKeyCallBacks, kCFTypeDictionaryValueCallBacks);
  CFMutableDictionaryRef update = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, kCFTypeDictionaryKeyCallBacks, kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(query, kSecClass, kSecClassGenericPassword);
  CFDictionarySetValue(query, kSecAttrService, (CFStringRef)@"notes-device");
  CFDictionarySetValue(update, kSecValueData, (CFTypeRef)cookie);
  CFDictionarySetValue(update, kSecAttrAccessible, kSecAttrAccessibleAlwaysThisDeviceOnly);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate(query, update);
  CFRelease(query);
  CFRelease(update);
  return st == 0;
}

- (BOOL)migrateLegacyItems {
  CFMutableDictionaryRef query = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, kCFTypeDictionaryKeyCallBacks, kCFTypeDictionaryValueCallBacks);
  CFMutableDictionaryRef update = CFDictionaryCreateMutable(kCFAllocatorDefault, 0, kCFTypeDictionaryKeyCallBacks, kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(query, kSecClass, kSecClassGenericPassword);
  CFDictionarySetValue(query, kSecAttrAccessible, kSecAttrAccessibleAlways);
  CFDictionarySetValue(update, kSecAttrAccessible, kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly);
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate(query, update);
  CFRelease(query);
  CFRelease(update);
  return st == 0;
}
@end
