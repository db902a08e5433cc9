/*
 * SecShim.h - the slice of Apple's Security and CoreFoundation keychain API
 * the key store uses.  The macOS and iOS builds include the frameworks; the
 * GNUstep build links these symbols against compat/keychain_secret.c, which
 * stores items in the desktop's Secret Service.
 */
#ifndef KS_SECSHIM_H
#define KS_SECSHIM_H

#include <stdint.h>

#ifdef __APPLE__
#include <Security/Security.h>
#else
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef int32_t OSStatus;

enum { errSecSuccess = 0, errSecDuplicateItem = -25299, errSecItemNotFound = -25300 };

extern const CFStringRef kSecClass;
extern const CFStringRef kSecClassGenericPassword;
extern const CFStringRef kSecAttrService;
extern const CFStringRef kSecAttrAccount;
extern const CFStringRef kSecValueData;
extern const CFStringRef kSecAttrAccessible;
extern const CFStringRef kSecAttrAccessibleAlways;
extern const CFStringRef kSecAttrAccessibleAlwaysThisDeviceOnly;
extern const CFStringRef kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
extern const CFStringRef kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly;

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
OSStatus SecItemDelete(CFDictionaryRef query);
#endif

#endif
