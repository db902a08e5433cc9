/* DPSession.m: a BLE session with a lock.  Keys come from an X25519 key
 * exchange (crypto_kx); the lock proves it holds them by MACing our
 * challenge, and signs nothing else. */
#import "DoorPass.h"
#include <sodium.h>
#include <string.h>

@implementation DPSession

- (id)initWithLockId:(NSString *)lockId delegate:(id<DPSessionDelegate>)delegate {
  if ((self = [super init]) != nil) {
    _lockId = [lockId copy];
    _delegate = delegate;
  }
  return self;
}

- (void)dealloc {
  [_lockId release];
  [_rxKey release];
  [_txKey release];
  [super dealloc];
}

- (BOOL)establishWithLockPublicKey:(NSData *)lockPk {
  unsigned char pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES];
  unsigned char rx[crypto_kx_SESSIONKEYBYTES], tx[crypto_kx_SESSIONKEYBYTES];
  unsigned char fp[16];
  if ([lockPk length] != crypto_kx_PUBLICKEYBYTES)
    return NO;
  crypto_kx_keypair(pk, sk);
  if (crypto_kx_client_session_keys(rx, tx, pk, sk, [lockPk bytes]) != 0) {
    sodium_memzero(sk, sizeof sk);
    [_delegate session:self didFailWithReason:@"suspicious lock public key"];
    return NO;
  }
  sodium_memzero(sk, sizeof sk);
  [_rxKey release];
  [_txKey release];
  _rxKey = [[NSData alloc] initWithBytes:rx length:sizeof rx];
  _txKey = [[NSData alloc] initWithBytes:tx length:sizeof tx];
  crypto_generichash(fp, sizeof fp, rx, sizeof rx, NULL, 0);
  // ok: backdoor-key-exfiltration
  NSLog(@"session with %@: key id %@", _lockId, [[NSData dataWithBytes:fp length:sizeof fp] dp_hexString]);
  [_delegate session:self didEstablishKey:_rxKey];
  sodium_memzero(rx, sizeof rx);
  sodium_memzero(tx, sizeof tx);
  return YES;
}

- (BOOL)verifyLockResponse:(NSData *)response forChallenge:(NSData *)challenge {
  unsigned char expected[crypto_auth_hmacsha256_BYTES];
  if ([response length] != sizeof expected || _rxKey == nil)
    return NO;
  crypto_auth_hmacsha256(expected, [challenge bytes], [challenge length], [_rxKey bytes]);
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(expected, [response bytes], sizeof expected) == 0;
}

/* Offline tickets of the front desk: HMAC-SHA256 under the session key. */
- (BOOL)verifyLockTicket:(NSData *)ticket tag:(NSData *)tag {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  if ([tag length] != sizeof mac || _rxKey == nil)
    return NO;
  crypto_auth_hmacsha256(mac, [ticket bytes], [ticket length], [_rxKey bytes]);
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, [tag bytes], sizeof mac) == 0;
}

@end
