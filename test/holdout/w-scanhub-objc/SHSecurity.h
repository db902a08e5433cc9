/* SHSecurity.h - the Apple Security names the macOS build uses, declared for the GNUstep build */
#ifndef SH_SECURITY_H
#define SH_SECURITY_H
#import <Foundation/Foundation.h>

typedef const void *CFTypeRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef const struct __CFString *CFStringRef;
typedef struct __SecTrust *SecTrustRef;
typedef int32_t OSStatus;

extern const CFStringRef kSecClass;
extern const CFStringRef kSecClassGenericPassword;
extern const CFStringRef kSecAttrService;
extern const CFStringRef kSecAttrAccount;
extern const CFStringRef kSecValueData;
extern const CFStringRef kSecAttrAccessible;
extern const CFStringRef kSecAttrAccessibleAlways;
extern const CFStringRef kSecAttrAccessibleWhenUnlockedThisDeviceOnly;

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
int SecTrustEvaluateWithError(SecTrustRef trust, void *error);

@interface NSURLProtectionSpace (SHTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (SHTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end

#endif
