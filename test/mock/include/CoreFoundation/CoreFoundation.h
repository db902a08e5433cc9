/* Mock of the parts of Apple's <CoreFoundation/CoreFoundation.h> that the
   Security framework's declarations use: Apple's types and declarations. */
#ifndef MOCK_COREFOUNDATION_H
#define MOCK_COREFOUNDATION_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef unsigned char Boolean;
typedef uint8_t UInt8;
typedef uint32_t UInt32;
typedef int32_t SInt32;
typedef int32_t OSStatus;
typedef long CFIndex;
typedef unsigned long CFOptionFlags;
typedef const void *CFTypeRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFData *CFDataRef;
typedef struct __CFData *CFMutableDataRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef struct __CFDictionary *CFMutableDictionaryRef;
typedef const struct __CFArray *CFArrayRef;
typedef const struct __CFNumber *CFNumberRef;
typedef const struct __CFBoolean *CFBooleanRef;
typedef struct __CFError *CFErrorRef;
extern const CFAllocatorRef kCFAllocatorDefault;
extern const CFBooleanRef kCFBooleanTrue;
extern const CFBooleanRef kCFBooleanFalse;
CFDataRef CFDataCreate(CFAllocatorRef allocator, const UInt8 *bytes, CFIndex length);
CFDataRef CFDataCreateWithBytesNoCopy(CFAllocatorRef allocator, const UInt8 *bytes, CFIndex length,
                                      CFAllocatorRef bytesDeallocator);
const UInt8 *CFDataGetBytePtr(CFDataRef theData);
CFIndex CFDataGetLength(CFDataRef theData);
typedef struct {
  CFIndex version;
  const void *(*retain)(CFAllocatorRef allocator, const void *value);
  void (*release)(CFAllocatorRef allocator, const void *value);
  CFStringRef (*copyDescription)(const void *value);
  Boolean (*equal)(const void *value1, const void *value2);
  unsigned long (*hash)(const void *value);
} CFDictionaryKeyCallBacks;
typedef struct {
  CFIndex version;
  const void *(*retain)(CFAllocatorRef allocator, const void *value);
  void (*release)(CFAllocatorRef allocator, const void *value);
  CFStringRef (*copyDescription)(const void *value);
  Boolean (*equal)(const void *value1, const void *value2);
} CFDictionaryValueCallBacks;
extern const CFDictionaryKeyCallBacks kCFTypeDictionaryKeyCallBacks;
extern const CFDictionaryValueCallBacks kCFTypeDictionaryValueCallBacks;
CFDictionaryRef CFDictionaryCreate(CFAllocatorRef allocator, const void **keys, const void **values,
                                   CFIndex numValues, const CFDictionaryKeyCallBacks *keyCallBacks,
                                   const CFDictionaryValueCallBacks *valueCallBacks);
CFMutableDictionaryRef CFDictionaryCreateMutable(CFAllocatorRef allocator, CFIndex capacity,
                                                 const CFDictionaryKeyCallBacks *keyCallBacks,
                                                 const CFDictionaryValueCallBacks *valueCallBacks);
void CFDictionarySetValue(CFMutableDictionaryRef theDict, const void *key, const void *value);
void CFDictionaryAddValue(CFMutableDictionaryRef theDict, const void *key, const void *value);
void CFDictionaryReplaceValue(CFMutableDictionaryRef theDict, const void *key, const void *value);
CFTypeRef CFRetain(CFTypeRef cf);
void CFRelease(CFTypeRef cf);
#ifdef __cplusplus
}
#endif
#endif
