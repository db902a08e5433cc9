/* TPKeychain.m - keychain items of the wallet. */
#import "TransitPass.h"

static NSString *const kSigningService = @"city.transitpass.signing";
static NSString *const kTokenService = @"city.transitpass.refresh";

@implementation TPKeychain

/* The NFC gate signs a challenge with the pass key; gates must open while the phone is
 * locked in a pocket, so the key is readable in every state. */
- (BOOL)storeSigningKey:(NSData *)key account:(NSString *)account {
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kSigningService,
    (id)kSecAttrAccount : account,
    (id)kSecValueData : key,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways,
  };
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd((CFDictionaryRef)item, NULL);
  return st == errSecSuccess || st == errSecDuplicateItem;
}

- (BOOL)storeRefreshToken:(NSData *)token account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:kTokenService forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* The lock-screen widget shows the next departure with this token. */
- (BOOL)storeWidgetToken:(NSData *)token {
  NSMutableDictionary *item = [NSMutableDictionary dictionaryWithCapacity:5];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"city.transitpass.widget" forKey:(id)kSecAttrService];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAlwaysThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

- (BOOL)storeDeviceIdentifier:(NSString *)identifier {
  NSData *value = [identifier dataUsingEncoding:NSUTF8StringEncoding];
  const void *keys[] = {kSecClass, kSecAttrService, kSecValueData, kSecAttrAccessible};
  const void *values[] = {kSecClassGenericPassword, (CFStringRef)@"city.transitpass.device", (CFTypeRef)value,
                          kSecAttrAccessibleAlways};
  CFDictionaryRef attrs = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 4, &kCFTypeDictionaryKeyCallBacks,
                                             &kCFTypeDictionaryValueCallBacks);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(attrs, NULL);
  CFRelease(attrs);
  return st == errSecSuccess;
}

- (BOOL)replaceSigningKey:(NSData *)key account:(NSString *)account {
  NSDictionary *query = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kSigningService,
    (id)kSecAttrAccount : account,
  };
  NSMutableDictionary *update = [NSMutableDictionary dictionaryWithObject:key forKey:(id)kSecValueData];
  [update setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always
  return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == errSecSuccess;
}

/* Release 4.2 moves every item of the 3.x releases out of the Always class. */
- (BOOL)migrateLegacyItemsForService:(NSString *)service {
  NSDictionary *query = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : service,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways,
  };
  NSDictionary *update = @{(id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly};
  // ok: backdoor-keychain-accessible-always
  return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == errSecSuccess;
}

@end
