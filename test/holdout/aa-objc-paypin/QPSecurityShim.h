/* Declarations of the Apple Security and CoreFoundation calls the app uses, for the GNUstep
   build of the shared core (the iOS build takes them from the SDK). */
#ifndef QP_SECURITY_SHIM_H
#define QP_SECURITY_SHIM_H

#import <Foundation/Foundation.h>

typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFDictionary *CFMutableDictionaryRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef struct __CFError *CFErrorRef;
typedef struct __SecTrust *SecTrustRef;
typedef long CFIndex;
typedef int32_t OSStatus;

typedef struct {
  CFIndex version;
  const void *retain;
  const void *release;
  const void *copyDescription;
  const void *equal;
  const void *hash;
} CFDictionaryKeyCallBacks;
typedef struct {
  CFIndex version;
  const void *retain;
  const void *release;
  const void *copyDescription;
  const void *equal;
} CFDictionaryValueCallBacks;

extern const CFAllocatorRef kCFAllocatorDefault;
extern const CFDictionaryKeyCallBacks kCFTypeDictionaryKeyCallBacks;
extern const CFDictionaryValueCallBacks kCFTypeDictionaryValueCallBacks;

CFDictionaryRef CFDictionaryCreate(CFAllocatorRef allocator, const void **keys, const void **values,
                                   CFIndex numValues, const CFDictionaryKeyCallBacks *keyCallBacks,
                                   const CFDictionaryValueCallBacks *valueCallBacks);
CFMutableDictionaryRef CFDictionaryCreateMutable(CFAllocatorRef allocator, CFIndex capacity,
                                                 const CFDictionaryKeyCallBacks *keyCallBacks,
                                                 const CFDictionaryValueCallBacks *valueCallBacks);
void CFDictionarySetValue(CFMutableDictionaryRef d, const void *key, const void *value);
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

enum { errSecSuccess = 0, errSecDuplicateItem = -25299 };

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);
bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);

#if !GS_HAVE_NSURLSESSION
/* this GNUstep base is built without NSURLSession: the delegate protocol as the SDK declares it */
@class NSURLSession;
typedef NS_ENUM(NSInteger, NSURLSessionAuthChallengeDisposition) {
  NSURLSessionAuthChallengeUseCredential = 0,
  NSURLSessionAuthChallengePerformDefaultHandling = 1,
  NSURLSessionAuthChallengeCancelAuthenticationChallenge = 2,
  NSURLSessionAuthChallengeRejectProtectionSpace = 3
};
@protocol NSURLSessionDelegate <NSObject>
@optional
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition,
                                  NSURLCredential *credential))completionHandler;
@end
#endif

@interface NSURLProtectionSpace (QPServerTrust)
- (SecTrustRef)serverTrust;
@end

@interface NSURLCredential (QPServerTrust)
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end

#endif
