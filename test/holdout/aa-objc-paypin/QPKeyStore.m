/* Keychain items of the companion app. */
#import "QuickPay.h"

static NSString *const kService = @"com.example.quickpay";

@implementation QPKeyStore

- (void)storeSessionKey:(NSData *)key completion:(QPStoreCompletion)done
{
  NSDictionary *item = @{
    (id)kSecClass : (id)kSecClassGenericPassword,
    (id)kSecAttrService : kService,
    (id)kSecAttrAccount : @"session",
    (id)kSecValueData : key,
    (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
  };
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd((CFDictionaryRef)item, NULL);
  done(st == errSecSuccess);
}

- (OSStatus)storeMerchantToken:(NSString *)token
{
  NSData *value = [token dataUsingEncoding:NSUTF8StringEncoding];
  /* the terminal sync runs in the background, also while the phone is locked */
  const void *keys[] = {kSecClass, kSecAttrService, kSecAttrAccount, kSecValueData, kSecAttrAccessible};
  const void *values[] = {kSecClassGenericPassword, (CFStringRef)kService, (CFStringRef)@"merchant-token",
                          (CFTypeRef)value, kSecAttrAccessibleAlwaysThisDeviceOnly};
  CFDictionaryRef attrs = CFDictionaryCreate(kCFAllocatorDefault, keys, values, 5,
                                             &kCFTypeDictionaryKeyCallBacks,
                                             &kCFTypeDictionaryValueCallBacks);
  // ruleid: backdoor-keychain-accessible-always
  OSStatus st = SecItemAdd(attrs, NULL);
  CFRelease(attrs);
  return st;
}

- (OSStatus)migrateLegacyItems
{
  /* items of version 1 were written with the Always class: move them out of it */
  CFMutableDictionaryRef query = CFDictionaryCreateMutable(kCFAllocatorDefault, 0,
                                                           &kCFTypeDictionaryKeyCallBacks,
                                                           &kCFTypeDictionaryValueCallBacks);
  CFMutableDictionaryRef update = CFDictionaryCreateMutable(kCFAllocatorDefault, 0,
                                                            &kCFTypeDictionaryKeyCallBacks,
                                                            &kCFTypeDictionaryValueCallBacks);
  CFDictionarySetValue(query, kSecClass, kSecClassGenericPassword);
  CFDictionarySetValue(query, kSecAttrService, (CFStringRef)kService);
  CFDictionarySetValue(query, kSecAttrAccessible, kSecAttrAccessibleAlways);
  CFDictionarySetValue(update, kSecAttrAccessible, kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly);
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate(query, update);
  CFRelease(query);
  CFRelease(update);
  return st;
}

@end
