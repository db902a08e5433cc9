/* Apple's keychain API as the iOS build sees it; declared here with Apple's signatures for the GNUstep build. */
#ifndef NR_SECURITY_SHIM_H
#define NR_SECURITY_SHIM_H
#include <stdint.h>
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFDictionary *CFMutableDictionaryRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef int32_t OSStatus;
typedef long CFIndex;
extern const CFAllocatorRef kCFAllocatorDefault;
extern const void *kCFTypeDictionaryKeyCallBacks;
extern const void *kCFTypeDictionaryValueCallBacks;
CFMutableDictionaryRef CFDictionaryCreateMutable(CFAllocatorRef a, CFIndex cap, const void *kcb, const void *vcb);
void CFDictionarySetValue(CFMutableDictionaryRef d, const void *key, const void *value);
void CFRelease(CFTypeRef cf);
extern const CFStringRef kSecClass, kSecClassGenericPassword, kSecAttrService, kSecAttrAccount,
    kSecValueData, kSecAttrAccessible, kSecAttrAccessibleAlways,
    kSecAttrAccessibleAlwaysThisDeviceOnly, kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
    kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly;
OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
#endif
