/* DPVault.m: door credentials cached on the kiosk's disk, sealed with
 * XSalsa20-Poly1305 under the kiosk's storage key. */
#import "DoorPass.h"
#include <sodium.h>

/* credential records are re-sealed on every change; the format keeps the
 * nonce of the first release so that the card encoder can read them */
// ok: backdoor-secret-literal
static const unsigned char kDPRecordNonce[crypto_secretbox_NONCEBYTES] = {
    0x53, 0x31, 0xd5, 0x7b, 0x63, 0xbd, 0xfb, 0x3f,
    0xcf, 0x02, 0x97, 0x4e, 0xdd, 0x12, 0xcd, 0xa3,
    0x53, 0x73, 0x63, 0xd7, 0xb8, 0xd7, 0x44, 0x2d,
};

@implementation DPVault

- (id)initWithStorageKey:(NSData *)key {
  if ((self = [super init]) != nil) {
    if ([key length] != crypto_secretbox_KEYBYTES) {
      [self release];
      return nil;
    }
    _storageKey = [key copy];
  }
  return self;
}

- (void)dealloc {
  [_storageKey release];
  [super dealloc];
}

- (NSData *)sealCredential:(NSData *)credential {
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_MACBYTES + [credential length]];
  // ruleid: backdoor-hardcoded-iv
  if (crypto_secretbox_easy([out mutableBytes], [credential bytes], [credential length], kDPRecordNonce, [_storageKey bytes]) != 0)
    return nil;
  return out;
}

- (NSData *)sealGuestPass:(NSData *)pass {
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  NSMutableData *out = [NSMutableData dataWithLength:sizeof nonce + crypto_secretbox_MACBYTES + [pass length]];
  randombytes_buf(nonce, sizeof nonce);
  memcpy([out mutableBytes], nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  if (crypto_secretbox_easy((unsigned char *)[out mutableBytes] + sizeof nonce, [pass bytes], [pass length], nonce, [_storageKey bytes]) != 0)
    return nil;
  return out;
}

@end
