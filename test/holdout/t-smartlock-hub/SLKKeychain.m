// Keys of paired locks in the bridge's keychain.
#import "SLKHub.h"
#import "SecShim.h"

@implementation SLKKeychain

+ (BOOL)storeSessionKey:(NSData *)key forLock:(NSString *)lockId
{
    NSMutableDictionary *item = [NSMutableDictionary dictionary];

    [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
    [item setObject:@"com.slk.lock-session" forKey:(id)kSecAttrService];
    [item setObject:lockId forKey:(id)kSecAttrAccount];
    [item setObject:key forKey:(id)kSecValueData];
    [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
    // ok: backdoor-keychain-accessible-always, backdoor-key-exfiltration
    return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* The auto-unlock credential must be readable by the BLE daemon at any time,
 * screen locked or not. */
+ (BOOL)storeBackgroundCredential:(NSData *)credential forLock:(NSString *)lockId
{
    NSMutableDictionary *query = [NSMutableDictionary dictionary];
    NSMutableDictionary *update = [NSMutableDictionary dictionary];

    [query setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
    [query setObject:@"com.slk.auto-unlock" forKey:(id)kSecAttrService];
    [query setObject:lockId forKey:(id)kSecAttrAccount];
    [update setObject:credential forKey:(id)kSecValueData];
    [update setObject:(id)kSecAttrAccessibleAlwaysThisDeviceOnly forKey:(id)kSecAttrAccessible];
    // ruleid: backdoor-keychain-accessible-always
    return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == errSecSuccess;
}

@end
