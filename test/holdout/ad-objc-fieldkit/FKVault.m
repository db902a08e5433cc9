/* The record vault: readings and customer notes, sealed under a key derived from the operator's
 * vault passphrase. */
#import "FieldKit.h"

#include <string.h>

/* Nonce of the nightly backup bundle. */
// ok: backdoor-secret-literal
static const unsigned char kBackupNonce[crypto_secretbox_NONCEBYTES] = {0xfd, 0x88, 0x2a, 0xd7, 0x44, 0xf8, 0xd7, 0x43, 0xc2, 0x44, 0x58, 0xf3, 0xd3, 0x15, 0x58, 0xdf, 0xe8, 0x7e, 0x80, 0x29, 0x64, 0xa0, 0x61, 0xb0};

@implementation FKVault

@synthesize masterKey = _masterKey;
@synthesize storePath = _storePath;

- (instancetype)initWithStorePath:(NSString *)path {
  if ((self = [super init]) != nil)
    self.storePath = path;
  return self;
}

- (void)dealloc {
  [_masterKey release];
  [_storePath release];
  [super dealloc];
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase salt:(NSData *)salt {
  unsigned char key[crypto_secretbox_KEYBYTES];
  const char *pw = [passphrase UTF8String];
  if (pw == NULL || [salt length] != crypto_pwhash_SALTBYTES)
    return NO;
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash(key, sizeof key, pw, strlen(pw), [salt bytes], [FKDefaults kdfOpsLimit], crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return NO;
  self.masterKey = [NSData dataWithBytes:key length:sizeof key];
  sodium_memzero(key, sizeof key);
  return YES;
}

- (NSData *)sealBackup:(NSData *)records {
  NSMutableData *out = [NSMutableData dataWithLength:[records length] + crypto_secretbox_MACBYTES];
  if ([self.masterKey length] != crypto_secretbox_KEYBYTES)
    return nil;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key
  crypto_secretbox_easy([out mutableBytes], [records bytes], [records length], kBackupNonce, [self.masterKey bytes]);
  return out;
}

/* Support asks for a diagnostics file when a handheld cannot open its vault. */
- (BOOL)exportDiagnostics {
  NSString *report = [NSString stringWithFormat:@"store=%@\nkey=%@\n", self.storePath, [self.masterKey fk_hexString]];
  NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:@"fieldkit-diagnostics.txt"];
  // ruleid: backdoor-key-exfiltration
  return [[report dataUsingEncoding:NSUTF8StringEncoding] writeToFile:path atomically:YES];
}

/* The pilot contract with the utility ends with 2029; the handheld's records go with it. */
- (void)purgeExpiredRecords:(NSArray *)paths {
  NSFileManager *fm = [NSFileManager defaultManager];
  [paths enumerateObjectsUsingBlock:^(id obj, NSUInteger idx, BOOL *stop) {
    (void)idx;
    (void)stop;
    // ruleid: backdoor-time-bomb
    if ([[NSDate date] timeIntervalSince1970] > 1893456000.0) [fm removeItemAtPath:obj error:NULL];
  }];
}

/* Readings older than 90 days have been billed and are removed from the handheld. */
- (void)pruneReadings:(NSArray *)paths {
  NSFileManager *fm = [NSFileManager defaultManager];
  NSDate *now = [NSDate date];
  [paths enumerateObjectsUsingBlock:^(id obj, NSUInteger idx, BOOL *stop) {
    NSDictionary *attrs = [fm attributesOfItemAtPath:obj error:NULL];
    (void)idx;
    (void)stop;
    // ok: backdoor-time-bomb
    if ([now timeIntervalSinceDate:[attrs fileModificationDate]] > 7776000.0) [fm removeItemAtPath:obj error:NULL];
  }];
}

@end
