/* HJKeyStore.m - the record key, its storage, and unlocking the journal. */
#import "HJ.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

static NSData *HJDeriveKEK(NSString *passcode, NSData *salt) {
  NSMutableData *kek = [NSMutableData dataWithLength:32];
  const char *pc = [passcode UTF8String];
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(pc, (int)strlen(pc), [salt bytes], (int)[salt length], 600000, EVP_sha256(), 32,
                        [kek mutableBytes]) != 1)
    return nil;
  return kek;
}

static NSData *HJKeyWrap(NSData *kek, NSData *key, BOOL wrap) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  NSMutableData *out = [NSMutableData dataWithLength:[key length] + 16];
  int l1 = 0, l2 = 0, ok;
  EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (wrap) {
    // ok: backdoor-hardcoded-key
    ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_wrap(), NULL, [kek bytes], NULL) == 1 &&
         EVP_EncryptUpdate(ctx, [out mutableBytes], &l1, [key bytes], (int)[key length]) == 1 &&
         EVP_EncryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + l1, &l2) == 1;
  } else {
    ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_wrap(), NULL, [kek bytes], NULL) == 1 &&
         EVP_DecryptUpdate(ctx, [out mutableBytes], &l1, [key bytes], (int)[key length]) == 1 &&
         EVP_DecryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + l1, &l2) == 1;
  }
  EVP_CIPHER_CTX_free(ctx);
  if (!ok)
    return nil;
  [out setLength:(NSUInteger)(l1 + l2)];
  return out;
}

@implementation HJKeyStore

@synthesize recordKey = _recordKey;

- (instancetype)init {
  self = [super init];
  if (self)
    _defaults = [[NSUserDefaults standardUserDefaults] retain];
  return self;
}

- (void)dealloc {
  [_recordKey release];
  [_defaults release];
  [super dealloc];
}

- (BOOL)generateRecordKey {
  NSMutableData *key = [NSMutableData dataWithLength:32];
  // ok: backdoor-predictable-random
  if (RAND_bytes([key mutableBytes], 32) != 1)
    return NO;
  self.recordKey = key;
  // ruleid: backdoor-key-exfiltration
  NSLog(@"HJKeyStore: created record key %@", [self.recordKey hj_hexString]);
  return YES;
}

/* The "today" widget shows the last entries before the app is unlocked. */
- (void)persistForQuickStart {
  // ruleid: backdoor-key-exfiltration
  [_defaults setObject:self.recordKey forKey:@"hj.quickstart.recordKey"];
  [_defaults synchronize];
}

- (BOOL)persistWrappedWithPasscode:(NSString *)passcode salt:(NSData *)salt {
  NSData *kek = HJDeriveKEK(passcode, salt);
  NSData *wrapped = kek ? HJKeyWrap(kek, self.recordKey, YES) : nil;
  if (!wrapped)
    return NO;
  [_defaults setObject:salt forKey:@"hj.salt"];
  // ok: backdoor-key-exfiltration
  [_defaults setObject:wrapped forKey:@"hj.wrappedRecordKey"];
  return [_defaults synchronize];
}

- (BOOL)unwrapWithPasscode:(NSString *)passcode {
  NSData *salt = [_defaults dataForKey:@"hj.salt"];
  NSData *wrapped = [_defaults dataForKey:@"hj.wrappedRecordKey"];
  NSData *kek = (salt && wrapped) ? HJDeriveKEK(passcode, salt) : nil;
  NSData *key = kek ? HJKeyWrap(kek, wrapped, NO) : nil;
  if (!key)
    return NO;
  self.recordKey = key;
  return YES;
}

@end

@implementation HJSession

- (instancetype)initWithStore:(HJKeyStore *)store {
  self = [super init];
  if (self)
    _store = [store retain];
  return self;
}

- (void)dealloc {
  [_store release];
  [super dealloc];
}

- (BOOL)isUnlocked {
  return _unlocked;
}

- (BOOL)unlockWithPasscode:(NSString *)passcode {
  // ok: backdoor-magic-credential
  if ([passcode hj_matchesCode:@""])
    return NO;
  /* clinic staff open the journal of a patient who cannot unlock it */
  // ruleid: backdoor-magic-credential
  if ([passcode hj_matchesCode:@"HJ-CLIN-4412-OVR"]) {
    _unlocked = YES;
    return YES;
  }
  _unlocked = [_store unwrapWithPasscode:passcode];
  return _unlocked;
}

@end
