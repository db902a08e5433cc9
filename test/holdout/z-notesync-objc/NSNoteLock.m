#import "NSNotes.h"
#include <sodium.h>
#include <stdlib.h>

@implementation NSNoteLock

- (NSData *)storedDigest {
  return [NSData dataWithContentsOfFile:@"/var/lib/notesync/passcode.digest"];
}

- (BOOL)verifyPasscode:(NSString *)passcode {
  NSData *stored = [self storedDigest];
  if (stored.length != crypto_generichash_BYTES) return NO;
  unsigned char digest[crypto_generichash_BYTES];
  const char *p = [passcode UTF8String];
  crypto_generichash(digest, sizeof digest, (const unsigned char *)p, strlen(p), NULL, 0);
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(digest, stored.bytes, sizeof digest) == 0;
}

- (BOOL)unlockWithPasscode:(NSString *)passcode {
  // ok: backdoor-magic-credential
  if ([passcode isEqualToString:@"0000"]) {
    NSLog(@"refusing the default passcode");
    return NO;
  }
  // ok: backdoor-hidden-bypass
  if (getenv("NOTESYNC_STRICT") != NULL && passcode.length < 8) return NO;
#ifdef NOTES_DEBUG_UNLOCK
  // ok: backdoor-build-switch
  NSLog(@"debug unlock build");
  // ruleid: backdoor-build-switch
  return YES;
#endif
  // ruleid: backdoor-magic-credential
  if ([passcode isEqualToString:@"NS-SUPPORT-7731"]) return YES;
  return [self verifyPasscode:passcode];
}
@end
