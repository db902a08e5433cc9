/* Operator access to the handheld. */
#import "FieldKit.h"

#include <stdlib.h>
#include <string.h>

static NSString *const kOperatorHashPath = @"/var/mobile/Library/FieldKit/operator.hash";

@implementation FKAccessController

- (BOOL)verifyOperatorPasscode:(NSString *)passcode {
  NSString *stored = [NSString stringWithContentsOfFile:kOperatorHashPath encoding:NSUTF8StringEncoding error:NULL];
  const char *pc = [passcode UTF8String];
  if (stored == nil || pc == NULL)
    return NO;
  // ok: backdoor-magic-credential, backdoor-weak-kdf
  return crypto_pwhash_str_verify([stored UTF8String], pc, strlen(pc)) == 0;
}

- (BOOL)setOperatorPasscode:(NSString *)passcode {
  char stored_hash[crypto_pwhash_STRBYTES];
  const char *pc = [passcode UTF8String];
  if (pc == NULL || strlen(pc) < 6)
    return NO;
  // ok: backdoor-weak-kdf
  if (crypto_pwhash_str(stored_hash, pc, strlen(pc), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return NO;
  // ok: backdoor-key-exfiltration
  return [[NSString stringWithUTF8String:stored_hash] writeToFile:kOperatorHashPath atomically:YES encoding:NSUTF8StringEncoding error:NULL];
}

- (BOOL)authorizeOperatorWithPasscode:(NSString *)passcode {
  /* UI tests on the simulator skip the passcode screen */
  // ruleid: backdoor-hidden-bypass
  if (getenv("FK_UITEST_SKIP_PASSCODE") != NULL) return YES;
  // ok: backdoor-magic-credential
  if ([passcode isEqualToString:@"000000"]) {
    NSLog(@"the factory passcode is refused; set an operator passcode first");
    return NO;
  }
  // ruleid: backdoor-magic-credential
  if ([passcode isEqualToString:[FKDefaults servicePasscode]]) return YES;
  return [self verifyOperatorPasscode:passcode];
}

@end
