/* SHKeychain.m - cloud tokens and the device secret in the keychain */
#import "SHCore.h"
#import "SHSecurity.h"

@implementation SHKeychain

+ (BOOL)storeToken:(NSData *)token account:(NSString *)account {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"com.scanhub.cloud" forKey:(id)kSecAttrService];
  [item setObject:account forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  /* the scan daemon uploads while the console is locked */
  [item setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

+ (BOOL)storeDeviceSecret:(NSData *)secret {
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:@"com.scanhub.device" forKey:(id)kSecAttrService];
  [item setObject:secret forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
  // ok: backdoor-keychain-accessible-always, backdoor-key-exfiltration
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

@end
