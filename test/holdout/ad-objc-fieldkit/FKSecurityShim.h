/* The Security framework calls FieldKit uses, declared for the GNUstep build of the app core
 * (the iOS build takes them from the SDK). */
#import <Foundation/Foundation.h>
#include <stdbool.h>
#include <stdint.h>

typedef int32_t OSStatus;
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFError *CFErrorRef;
typedef struct __SecTrust *SecTrustRef;

enum { errSecSuccess = 0, errSecDuplicateItem = -25299, errSecItemNotFound = -25300 };

extern const CFStringRef kSecClass;
extern const CFStringRef kSecClassGenericPassword;
extern const CFStringRef kSecAttrService;
extern const CFStringRef kSecAttrAccount;
extern const CFStringRef kSecValueData;
extern const CFStringRef kSecAttrAccessible;
extern const CFStringRef kSecAttrAccessibleAlways;
extern const CFStringRef kSecAttrAccessibleWhenUnlockedThisDeviceOnly;
extern const CFStringRef kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly;

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);

@interface NSURLProtectionSpace (FKServerTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (FKServerTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end
