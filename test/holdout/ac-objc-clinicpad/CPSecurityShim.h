/* CPSecurityShim.h - the Security.framework calls and constants the app uses (GNUstep has no Security.framework;
   the iPad build gets them from <Security/Security.h>) */
#ifndef CP_SECURITY_SHIM_H
#define CP_SECURITY_SHIM_H

#import <Foundation/Foundation.h>
#include <stdbool.h>
#include <stdint.h>

typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFError *CFErrorRef;
typedef struct __SecTrust *SecTrustRef;
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
bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);

@interface NSURLProtectionSpace (CPServerTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (CPServerTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end

#endif
