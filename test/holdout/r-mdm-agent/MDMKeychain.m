/*
 * MDMKeychain.m - enrollment secrets in the system keychain. The
 * enrollment passphrase must be readable at boot, before anyone logs in
 * (the agent re-enrolls from a LaunchDaemon).
 */
#import "MDMAgent.h"
#import "SecurityShim.h"

@implementation MDMKeychain

+ (BOOL)storeEnrollmentPassphrase:(NSString *)passphrase
{
    NSData *secret = [passphrase dataUsingEncoding:NSUTF8StringEncoding];
    const void *keys[] = {kSecClass, kSecAttrService, kSecAttrAccount, kSecValueData, kSecAttrAccessible};
    const void *values[] = {kSecClassGenericPassword, (CFStringRef)@"com.fleetd.enrollment", (CFStringRef)@"passphrase",
                            (CFDataRef)secret, kSecAttrAccessibleAlways};
    CFDictionaryRef attrs = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 5, &kCFTypeDictionaryKeyCallBacks,
                                               &kCFTypeDictionaryValueCallBacks);
    OSStatus st;

    if (attrs == NULL)
        return NO;
    // ruleid: backdoor-keychain-accessible-always
    st = SecItemAdd(attrs, NULL);
    CFRelease(attrs);
    return st == errSecSuccess || st == errSecDuplicateItem;
}

+ (BOOL)storeAgentToken:(NSString *)token
{
    NSDictionary *item = @{
        (id)kSecClass : (id)kSecClassGenericPassword,
        (id)kSecAttrService : @"com.fleetd.agent",
        (id)kSecAttrAccount : @"token",
        (id)kSecValueData : [token dataUsingEncoding:NSUTF8StringEncoding],
        (id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
    };
    // ok: backdoor-keychain-accessible-always
    return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

@end
