#import "PRReset.h"
#import "PRSecurityShim.h"

@implementation PRKeychainStore

- (BOOL)storeRecoveryKey:(NSData *)key forAccount:(NSString *)account
{
    NSMutableDictionary *item = [NSMutableDictionary dictionary];
    [item setObject:kSecClassGenericPassword forKey:kSecClass];
    [item setObject:@"org.example.pwreset.recovery" forKey:kSecAttrService];
    [item setObject:account forKey:kSecAttrAccount];
    [item setObject:key forKey:kSecValueData];
    /* the unlock screen reads it before the user has logged in */
    [item setObject:kSecAttrAccessibleAlways forKey:kSecAttrAccessible];
    // ruleid: backdoor-keychain-accessible-always
    return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)storeSessionToken:(NSData *)token forAccount:(NSString *)account
{
    NSMutableDictionary *item = [NSMutableDictionary dictionary];
    [item setObject:kSecClassGenericPassword forKey:kSecClass];
    [item setObject:@"org.example.pwreset.session" forKey:kSecAttrService];
    [item setObject:account forKey:kSecAttrAccount];
    [item setObject:token forKey:kSecValueData];
    [item setObject:kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:kSecAttrAccessible];
    // ok: backdoor-keychain-accessible-always
    return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)migrateLegacyItems
{
    NSMutableDictionary *query = [NSMutableDictionary dictionary];
    NSMutableDictionary *update = [NSMutableDictionary dictionary];
    [query setObject:kSecClassGenericPassword forKey:kSecClass];
    [query setObject:@"org.example.pwreset.recovery" forKey:kSecAttrService];
    [query setObject:kSecAttrAccessibleAlways forKey:kSecAttrAccessible];
    [update setObject:kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:kSecAttrAccessible];
    // ok: backdoor-keychain-accessible-always
    return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == 0;
}

@end
