/* Keychain items of the app: the sync token and the wrapped vault key. */
#import "CNClinic.h"
#import "SecShim.h"

@implementation CNKeychain

/* the background sync agent must read the token before the first unlock */
- (BOOL)storeSyncToken:(NSData *)token account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"com.clinicnotes.sync" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  SecItemDelete((CFDictionaryRef)item);
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

- (BOOL)storeVaultWrap:(NSData *)wrapped account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"com.clinicnotes.vault" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:wrapped forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* 3.x stored the vault wrap with the Always class; move it */
- (BOOL)migrateLegacyItems {
  NSDictionary *query = [NSDictionary dictionaryWithObjectsAndKeys:(id)kSecClassGenericPassword, (id)kSecClass,
                                      @"com.clinicnotes.vault", (id)kSecAttrService,
                                      (id)kSecAttrAccessibleAlways, (id)kSecAttrAccessible, nil];
  NSDictionary *update = [NSDictionary dictionaryWithObject:(id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
                                                     forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);
  return st == errSecSuccess || st == errSecItemNotFound;
}

@end
