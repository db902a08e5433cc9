/* The parts of Apple's Security and CoreFoundation frameworks the app uses,
 * declared for the GNUstep build of the shared core (the iOS build links the
 * real frameworks). Names and signatures are Apple's. */
#ifndef SECSHIM_H
#define SECSHIM_H

#import <Foundation/Foundation.h>
#include <stdint.h>

typedef int32_t OSStatus;
typedef long CFIndex;
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFData *CFDataRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFDictionary *CFMutableDictionaryRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef struct __CFError *CFErrorRef;
typedef struct __SecTrust *SecTrustRef;

typedef struct {
  CFIndex version;
  const void *retain;
  const void *release;
  const void *copyDescription;
  const void *equal;
  const void *hash;
} CFDictionaryKeyCallBacks;
typedef CFDictionaryKeyCallBacks CFDictionaryValueCallBacks;

extern const CFDictionaryKeyCallBacks kCFTypeDictionaryKeyCallBacks;
extern const CFDictionaryValueCallBacks kCFTypeDictionaryValueCallBacks;

CFDictionaryRef CFDictionaryCreate(CFAllocatorRef allocator, const void **keys, const void **values, CFIndex numValues, const CFDictionaryKeyCallBacks *keyCallBacks, const CFDictionaryValueCallBacks *valueCallBacks);
void CFRelease(CFTypeRef cf);

extern const CFStringRef kSecClass;
extern const CFStringRef kSecClassGenericPassword;
extern const CFStringRef kSecAttrService;
extern const CFStringRef kSecAttrAccount;
extern const CFStringRef kSecValueData;
extern const CFStringRef kSecAttrAccessible;
extern const CFStringRef kSecAttrAccessibleAlways;
extern const CFStringRef kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
extern const CFStringRef kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly;

#define errSecSuccess 0
#define errSecDuplicateItem (-25299)

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
OSStatus SecItemDelete(CFDictionaryRef query);
bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);
CFIndex SecTrustGetCertificateCount(SecTrustRef trust);
CFDataRef SecTrustCopyLeafKeyHash(SecTrustRef trust); /* app helper in the iOS build */

@interface NSURLProtectionSpace (SecTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (SecTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end

#endif
