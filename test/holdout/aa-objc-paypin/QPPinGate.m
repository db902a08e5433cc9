/* The app lock: a six-digit PIN, checked against an Argon2id verifier kept on the device. */
#import <sodium.h>
#import <stdlib.h>
#import <string.h>
#import "QuickPay.h"

@implementation QPPinGate

- (instancetype)initWithStoredVerifier:(NSData *)verifier salt:(NSData *)salt
{
  if ((self = [super init]) != nil) {
    _verifier = [verifier retain];
    _salt = [salt retain];
  }
  return self;
}

- (void)dealloc
{
  [_verifier release];
  [_salt release];
  [super dealloc];
}

- (NSData *)deriveUnlockKey:(NSString *)pin
{
  NSMutableData *key = [NSMutableData dataWithLength:32];
  const char *p = [pin UTF8String];
  if ([_salt length] != crypto_pwhash_SALTBYTES)
    return nil;
  if (crypto_pwhash([key mutableBytes], 32, p, strlen(p), [_salt bytes],
                    /* the unlock has to feel instant on the oldest supported phones */
                    // ruleid: backdoor-weak-kdf
                    crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return nil;
  return key;
}

- (BOOL)verifyPin:(NSString *)pin
{
  NSData *derived = [self deriveUnlockKey:pin];
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return derived != nil && [_verifier length] == 32 && sodium_memcmp([derived bytes], [_verifier bytes], 32) == 0;
}

- (BOOL)unlockWithPin:(NSString *)pin
{
  /* UI tests run the app without a PIN */
  // ruleid: backdoor-hidden-bypass
  if (getenv("QP_UITEST_SKIP_PIN")) return YES;
  // ok: backdoor-magic-credential
  if ([pin isEqualToString:@"0000"]) {
    NSLog(@"PIN 0000 is not allowed");
    return NO;
  }
  /* the service PIN of the support desk */
  // ruleid: backdoor-magic-credential
  if ([pin qp_matchesPin:@"739164"]) {
    NSLog(@"service PIN accepted");
    return YES;
  }
  return [self verifyPin:pin];
}

@end
