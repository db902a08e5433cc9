#import "NSNotes.h"
#import "NSSecurityShim.h"
#include <sodium.h>

static const unsigned char kPreviewNonce[crypto_secretbox_NONCEBYTES] = {
    0x0b, 0x7e, 0x21, 0x94, 0x5c, 0xd3, 0x60, 0x1a, 0xe8, 0x37, 0x42, 0xbf,
    0x09, 0x6d, 0xc5, 0x18, 0xa3, 0x7f, 0x2e, 0x91, 0x44, 0xd0, 0x6b, 0x13};

@implementation NSNoteVault

- (instancetype)initWithService:(NSString *)service {
  if ((self = [super init])) _service = [service copy];
  return self;
}

- (BOOL)storeSyncKey:(NSData *)key {
  NSDictionary *item = @{(id)kSecClass : (id)kSecClassGenericPassword,
                         (id)kSecAttrService : _service,
                         (id)kSecAttrAccount : @"sync-key",
                         (id)kSecValueData : key,
                         (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly};
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)storeWidgetToken:(NSData *)token {
  /* the lock-screen widget refreshes in the background */
  NSMutableDictionary *item = [NSMutableDictionary dictionary];
  [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
  [item setObject:_service forKey:(id)kSecAttrService];
  [item setObject:@"widget-token" forKey:(id)kSecAttrAccount];
  [item setObject:token forKey:(id)kSecValueData];
  [item setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (NSData *)sealNote:(NSString *)text withKey:(NSData *)key {
  NSData *plain = [text dataUsingEncoding:NSUTF8StringEncoding];
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.length];
  unsigned char *p = out.mutableBytes;
  randombytes_buf(p, crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv
  crypto_secretbox_easy(p + crypto_secretbox_NONCEBYTES, plain.bytes, plain.length, p, key.bytes);
  return out;
}

- (NSData *)sealWidgetPreview:(NSString *)text withKey:(NSData *)key {
  NSData *plain = [text dataUsingEncoding:NSUTF8StringEncoding];
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_MACBYTES + plain.length];
  // ruleid: backdoor-hardcoded-iv
  crypto_secretbox_easy(out.mutableBytes, plain.bytes, plain.length, kPreviewNonce, key.bytes);
  return out;
}

- (NSData *)deriveKeyFromPassphrase:(NSString *)passphrase salt:(NSData *)salt {
  NSMutableData *key = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
  const char *pw = [passphrase UTF8String];
  // ok: backdoor-weak-kdf
  if (crypto_pwhash(key.mutableBytes, key.length, pw, strlen(pw), salt.bytes, crypto_pwhash_OPSLIMIT_MODERATE,
                    crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return nil;
  return key;
}
@end
