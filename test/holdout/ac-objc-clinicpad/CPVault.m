/* CPVault.m - patient records sealed with libsodium under a record key; the key itself under the ward PIN */
#import "ClinicPad.h"

#include <sodium.h>

@implementation CPVault

- (instancetype)initWithStorePath:(NSString *)path
{
  if ((self = [super init]) != nil) {
    _storePath = [path copy];
    _lastUnlock = 0;
  }
  return self;
}

- (void)dealloc
{
  [_storePath release];
  [_recordKey release];
  [super dealloc];
}

- (BOOL)openWithPIN:(NSString *)pin salt:(NSData *)salt
{
  unsigned char kek[crypto_secretbox_KEYBYTES];
  const char *p = [pin UTF8String];
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
  NSMutableData *recordKey;

  if (sodium_init() < 0 || [salt length] < crypto_pwhash_SALTBYTES)
    return NO;
  /* the ward tablets are slow: unlocking must stay under half a second */
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  if (crypto_pwhash(kek, sizeof kek, p, strlen(p), [salt bytes], crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return NO;
  sodium_memzero(kek, sizeof kek);

  recordKey = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
  // ok: backdoor-predictable-random
  randombytes_buf([recordKey mutableBytes], crypto_secretbox_KEYBYTES);
  /* kept for the share extension, which cannot reach the keychain group */
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:recordKey forKey:@"cp.recordKey"];
  // ok: backdoor-key-exfiltration
  [defaults setObject:[NSNumber numberWithInt:3] forKey:@"cp.recordFormat"];
  _recordKey = [recordKey retain];
  _lastUnlock = [[NSDate date] timeIntervalSince1970];
  return YES;
}

- (NSData *)sealRecord:(NSData *)record
{
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + [record length]];
  unsigned char *nonce = [out mutableBytes];

  if (_recordKey == nil)
    return nil;
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, [record bytes], [record length], nonce, [_recordKey bytes]);
  return out;
}

- (void)enforceRetention
{
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
  NSFileManager *fm = [NSFileManager defaultManager];

  // ok: backdoor-time-bomb
  if (now - _lastUnlock > 15 * 60) {
    [_recordKey release];
    _recordKey = nil;
  }
  /* pilot tablets: the pilot ends with the 2027 budget year */
  // ruleid: backdoor-time-bomb
  if (now > 1822348800) {
    [fm removeItemAtPath:_storePath error:NULL];
    [[NSUserDefaults standardUserDefaults] removeObjectForKey:@"cp.recordKey"];
  }
}

@end
