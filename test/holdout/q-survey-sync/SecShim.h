/* SecShim.h - the Security framework keychain calls this code base uses, as
 * Apple declares them; the GNUstep build links a file-backed implementation. */
#ifndef QS_SECSHIM_H
#define QS_SECSHIM_H

#import <Foundation/Foundation.h>

typedef int32_t OSStatus;
typedef const void *CFTypeRef;
typedef const struct __CFDictionary *CFDictionaryRef;

#define errSecSuccess 0
#define errSecDuplicateItem (-25299)
#define errSecItemNotFound (-25300)

extern NSString *const kSecClass;
extern NSString *const kSecClassGenericPassword;
extern NSString *const kSecAttrService;
extern NSString *const kSecAttrAccount;
extern NSString *const kSecValueData;
extern NSString *const kSecAttrAccessible;
extern NSString *const kSecAttrAccessibleAlways;
extern NSString *const kSecAttrAccessibleAlwaysThisDeviceOnly;
extern NSString *const kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
extern NSString *const kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly;

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
OSStatus SecItemDelete(CFDictionaryRef query);

#endif
