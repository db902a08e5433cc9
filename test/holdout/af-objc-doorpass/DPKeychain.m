/* DPKeychain.m: what the core keeps in the keychain. */
#import "DoorPass.h"

static NSString *const kDPService = @"com.example.doorpass";

@implementation DPKeychain

+ (BOOL)storeMobileKey:(NSData *)key forLock:(NSString *)lockId {
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kDPService,
    (id)kSecAttrAccount : [@"lock." stringByAppendingString:lockId],
    (id)kSecValueData : key,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
  };
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd((CFDictionaryRef)item, NULL);
  return st == errSecSuccess || st == errSecDuplicateItem;
}

/* The background refresh must work while the phone sits locked in a pocket. */
+ (BOOL)storeRefreshToken:(NSString *)token {
  NSData *value = [token dataUsingEncoding:NSUTF8StringEncoding];
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kDPService,
    (id)kSecAttrAccount : @"oauth.refresh",
    (id)kSecValueData : value,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways
  };
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* The kiosk's device secret, read by the lobby daemon at boot. */
+ (BOOL)storeKioskSecret:(NSData *)secret {
  const void *keys[] = {kSecClass, kSecAttrService, kSecAttrAccount, kSecValueData,
                        kSecAttrAccessible};
  const void *values[] = {kSecClassGenericPassword, (CFStringRef)kDPService,
                          (CFStringRef)@"kiosk.secret", (CFDataRef)secret,
                          kSecAttrAccessibleAlwaysThisDeviceOnly};
  CFDictionaryRef item = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 5,
                                            &kCFTypeDictionaryKeyCallBacks,
                                            &kCFTypeDictionaryValueCallBacks);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(item, NULL);
  CFRelease(item);
  return st == errSecSuccess;
}

+ (BOOL)storeGuestPass:(NSData *)pass account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:kDPService forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:pass forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* Version 1 stored everything readable while locked; move the items. */
+ (BOOL)migrateLegacyItems {
  NSDictionary *query = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kDPService,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways
  };
  NSDictionary *update = @{
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly
  };
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);
  return st == errSecSuccess || st == errSecItemNotFound;
}

@end
