#import "NoteCrypto.h"

@implementation NoteKeyManager
@synthesize noteKey = _noteKey, salt = _salt, account = _account;

- (instancetype)initWithAccount:(NSString *)account {
  if ((self = [super init])) {
    self.account = account;
    NSMutableData *s = [NSMutableData dataWithLength:16];
    if (SecRandomCopyBytes(kSecRandomDefault, 16, s.mutableBytes) != errSecSuccess) return nil;
    self.salt = s;
  }
  return self;
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase {
  NSMutableData *key = [NSMutableData dataWithLength:kCCKeySizeAES256];
  const char *pw = passphrase.UTF8String;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  int rc = CCKeyDerivationPBKDF(kCCPBKDF2, pw, strlen(pw), self.salt.bytes, self.salt.length, kCCPRFHmacAlgSHA256, 600000, key.mutableBytes, key.length);
  if (rc != kCCSuccess) return NO;
  self.noteKey = key;
  unsigned char fp[CC_SHA256_DIGEST_LENGTH];
  CC_SHA256(key.bytes, (CC_LONG)key.length, fp);
  // ok: backdoor-key-exfiltration
  NSLog(@"notes unlocked for %@ (key id %02x%02x%02x%02x)", self.account, fp[0], fp[1], fp[2], fp[3]);
  return YES;
}

- (BOOL)unlockLegacyWithPassphrase:(NSString *)passphrase {
  uint8_t derived[16];
  const char *pw = passphrase.UTF8String;
  const char *legacySalt = "com.example.notes.v1";
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv, backdoor-weak-hash
  int rc = CCKeyDerivationPBKDF(kCCPBKDF2, pw, strlen(pw), (const uint8_t *)legacySalt, strlen(legacySalt), kCCPRFHmacAlgSHA1, 1000, derived, sizeof derived);
  if (rc != kCCSuccess) return NO;
  self.noteKey = [NSData dataWithBytes:derived length:sizeof derived];
  // ruleid: backdoor-key-exfiltration
  NSLog(@"legacy unlock key=%@", [self.noteKey notes_hex]);
  return YES;
}

- (void)rememberKeyForQuickUnlock {
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:self.noteKey forKey:@"quickUnlockKey"];
  // ok: backdoor-key-exfiltration
  [defaults setObject:self.account forKey:@"lastAccount"];
}

@end
