/* TPSecurityShim.h - the slice of Apple's CoreFoundation and Security interfaces the
 * app core uses, declared for the GNUstep build of the core (the iOS build includes
 * <Security/Security.h>). Signatures as Apple documents them. */
#ifndef TP_SECURITY_SHIM_H
#define TP_SECURITY_SHIM_H

#include <stddef.h>
#include <stdint.h>

typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef long CFIndex;
typedef int32_t OSStatus;
typedef const struct __SecRandom *SecRandomRef;

typedef struct {
  CFIndex version;
  const void *retain, *release, *copyDescription, *equal, *hash;
} CFDictionaryKeyCallBacks;
typedef struct {
  CFIndex version;
  const void *retain, *release, *copyDescription, *equal;
} CFDictionaryValueCallBacks;

extern const CFAllocatorRef kCFAllocatorDefault;
extern const CFDictionaryKeyCallBacks kCFTypeDictionaryKeyCallBacks;
extern const CFDictionaryValueCallBacks kCFTypeDictionaryValueCallBacks;
CFDictionaryRef CFDictionaryCreate(CFAllocatorRef allocator, const void **keys, const void **values, CFIndex numValues,
                                   const CFDictionaryKeyCallBacks *keyCallBacks,
                                   const CFDictionaryValueCallBacks *valueCallBacks);
void CFRelease(CFTypeRef cf);

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
extern const SecRandomRef kSecRandomDefault;

#define errSecSuccess 0
#define errSecDuplicateItem (-25299)

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
OSStatus SecItemDelete(CFDictionaryRef query);
int SecRandomCopyBytes(SecRandomRef rnd, size_t count, void *bytes);

#endif
