/* The subset of Security.framework the reset tool uses, for the GNUstep build
   (the macOS build links the real framework). */
#ifndef PR_SECURITY_SHIM_H
#define PR_SECURITY_SHIM_H

#import <Foundation/Foundation.h>

typedef int32_t OSStatus;
typedef const void *CFTypeRef;
typedef const void *CFDictionaryRef;

extern NSString *const kSecClass;
extern NSString *const kSecClassGenericPassword;
extern NSString *const kSecAttrService;
extern NSString *const kSecAttrAccount;
extern NSString *const kSecValueData;
extern NSString *const kSecAttrAccessible;
extern NSString *const kSecAttrAccessibleAlways;
extern NSString *const kSecAttrAccessibleWhenUnlockedThisDeviceOnly;

OSStatus SecItemAdd(CFDictionaryRef attributes, CFTypeRef *result);
OSStatus SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);

#endif
