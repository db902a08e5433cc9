/* CPKeyStore.m - keychain items of the app */
#import "ClinicPad.h"

static NSString *const kService = @"net.example.clinicpad";

@implementation CPKeyStore

/* the push token must be readable by the background refresh, also while the tablet is locked */
+ (BOOL)storeDeviceToken:(NSData *)token account:(NSString *)account
{
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:kService forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAlwaysThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

+ (BOOL)storeClinicianSecret:(NSData *)secret account:(NSString *)account
{
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kService,
    (id)kSecAttrAccount : account,
    (id)kSecValueData : secret,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
  };
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* 2.x stored everything with Always: move those items to AfterFirstUnlock */
+ (BOOL)migrateLegacyItems
{
  NSDictionary *query = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kService,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways,
  };
  NSDictionary *update = @{(id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly};
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);
  return st == errSecSuccess || st == errSecItemNotFound;
}

@end
