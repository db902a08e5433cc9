/* ERSecurity.h - the Security framework names the reader core uses on Apple
 * platforms, declared for the GNUstep build of the core. */
#ifndef ER_SECURITY_H
#define ER_SECURITY_H

#import <Foundation/Foundation.h>
#include <stdint.h>

typedef const void *CFTypeRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef const struct __CFString *CFStringRef;
typedef int32_t OSStatus;
typedef struct __SecTrust *SecTrustRef;

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
int SecTrustEvaluateWithError(SecTrustRef trust, NSError **error);

@interface NSURLProtectionSpace (ERTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (ERTrust)
- (id)initWithTrust:(SecTrustRef)trust;
@end

#endif
