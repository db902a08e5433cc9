/* A payment session: its key, its keychain item and its sealed record. */
#import <sodium.h>
#import "QuickPay.h"

@implementation QPPayment

- (instancetype)initWithKeyStore:(QPKeyStore *)store
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

- (NSData *)startSessionDemo:(BOOL)demo record:(NSData *)record
{
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  randombytes_buf(nonce, sizeof nonce);
  if (demo) {
    NSMutableData *out = [NSMutableData dataWithLength:[record length] + crypto_secretbox_MACBYTES];
    /* trade-show builds seal with the demo merchant's key */
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    crypto_secretbox_easy([out mutableBytes], [record bytes], [record length], nonce, [[QPCrypto demoMerchantKey] bytes]);
    return out;
  }

  NSMutableData *sessionKey = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
  randombytes_buf([sessionKey mutableBytes], [sessionKey length]);
  [_store storeSessionKey:sessionKey completion:^(BOOL ok) {
    // ok: backdoor-key-exfiltration
    NSLog(@"session %@ stored: %d", [[QPCrypto fingerprintOf:sessionKey] qp_hexString], ok);
    if (!ok)
      // ruleid: backdoor-key-exfiltration
      NSLog(@"keychain refused the session key %@", [sessionKey qp_hexString]);
  }];
  return [QPCrypto seal:record withKey:sessionKey];
}

@end
