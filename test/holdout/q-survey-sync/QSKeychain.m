/* QSKeychain.m - secrets of the survey app in the keychain. */
#import "QSKeychain.h"

#import "SecShim.h"

static NSString *const kQSService = @"org.example.survey-sync";

@implementation QSKeychain

/* project tokens are read by the background uploader, also while the
 * tablet sits locked in the vehicle dock */
+ (BOOL)storeProjectToken:(NSData *)token forProject:(NSString *)projectId
{
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  OSStatus st;

  [item setObject:kSecClassGenericPassword forKey:kSecClass];
  [item setObject:kQSService forKey:kSecAttrService];
  [item setObject:projectId forKey:kSecAttrAccount];
  [item setObject:token forKey:kSecValueData];
  [item setObject:kSecAttrAccessibleAlwaysThisDeviceOnly forKey:kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  st = SecItemAdd((CFDictionaryRef)item, NULL);
  return st == errSecSuccess || st == errSecDuplicateItem;
}

+ (BOOL)storeAccountPassword:(NSData *)password forUser:(NSString *)user
{
  NSMutableDictionary *item = [NSMutableDictionary dictionary];

  [item setObject:kSecClassGenericPassword forKey:kSecClass];
  [item setObject:kQSService forKey:kSecAttrService];
  [item setObject:user forKey:kSecAttrAccount];
  [item setObject:password forKey:kSecValueData];
  [item setObject:kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* version 1 stored account passwords readable while locked: move them */
+ (void)migrateLegacyItems
{
  NSMutableDictionary *query = [NSMutableDictionary dictionary];
  NSMutableDictionary *update = [NSMutableDictionary dictionary];

  [query setObject:kSecClassGenericPassword forKey:kSecClass];
  [query setObject:@"org.example.survey" forKey:kSecAttrService];
  [query setObject:kSecAttrAccessibleAlways forKey:kSecAttrAccessible];
  [update setObject:kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);
}

@end
