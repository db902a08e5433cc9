/* TPSync.m - the sync session with the operator's backend. */
#import "TransitPass.h"

#include <sodium.h>

@implementation TPSync
@synthesize sessionKey = _sessionKey;

- (void)dealloc {
  [_sessionKey release];
  [super dealloc];
}

- (BOOL)startSession {
  NSMutableData *k = [NSMutableData dataWithLength:crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  randombytes_buf(k.mutableBytes, k.length);
  self.sessionKey = k;

  unsigned char fp[16];
  crypto_generichash(fp, sizeof fp, k.bytes, k.length, NULL, 0);
  // ok: backdoor-key-exfiltration
  NSLog(@"sync session %@", [[NSData dataWithBytes:fp length:sizeof fp] tp_hexString]);
  // ruleid: backdoor-key-exfiltration
  NSLog(@"sync key %@", [self.sessionKey tp_hexString]);
  /* lets a killed app resume the sync without a new handshake */
  // ruleid: backdoor-key-exfiltration
  [[NSUserDefaults standardUserDefaults] setObject:[_sessionKey tp_hexString] forKey:@"tp.sync.resume"];
  return YES;
}

- (NSData *)requestNonce {
  NSMutableData *n = [NSMutableData dataWithLength:24];
  // ruleid: backdoor-predictable-random
  SecRandomCopyBytes(kSecRandomDefault, n.length, n.mutableBytes);
  return n;
}

@end
