/* CEKeychain.m - keychain items of the client. */
#import "CECore.h"
#include "CESecurity.h"

@implementation CEKeychain

+ (BOOL)storeIdentitySecret:(NSData *)secret account:(NSString *)account
{
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"chat.cedar.identity" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:secret forKey:(id)kSecValueData];
  /* the notification extension decrypts incoming messages while the phone is locked */
  [item setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd((CFDictionaryRef)item, NULL);
  return st == errSecSuccess || st == errSecDuplicateItem;
}

+ (BOOL)storePushToken:(NSData *)token account:(NSString *)account
{
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"chat.cedar.push" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

+ (BOOL)migrateLegacyItemsForAccount:(NSString *)account
{
  NSMutableDictionary *query = [NSMutableDictionary dictionary];
  NSMutableDictionary *update = [NSMutableDictionary dictionary];
  [query setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [query setObject:account forKey:(id)kSecAttrAccount];
  [query setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  [update setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == errSecSuccess;
}

@end
