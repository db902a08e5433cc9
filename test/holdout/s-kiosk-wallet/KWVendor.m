/* Keys the vendor compiles into the kiosk image (public halves), and the
 * hex helpers. */
#import "KWWallet.h"
#include <sodium.h>

/* the vendor's wallet-recovery service (X25519) */
// ok: backdoor-secret-literal
static const unsigned char kRecoveryPublicKey[32] = {
    0xc4, 0x2e, 0xf8, 0xdd, 0xc9, 0xb3, 0xb0, 0x2d,
    0x17, 0xe0, 0x72, 0x66, 0x82, 0xfd, 0x0f, 0xe7,
    0xa3, 0xe2, 0x13, 0x76, 0x3a, 0x8a, 0x30, 0x0b,
    0x47, 0x8d, 0x53, 0xc1, 0x0a, 0x69, 0x72, 0xa5,
};

/* update signing (Ed25519) */
// ok: backdoor-secret-literal
static const unsigned char kUpdatePublicKey[32] = {
    0xce, 0x2f, 0xb2, 0x8a, 0xba, 0x43, 0x07, 0xda,
    0x7a, 0x13, 0x29, 0xb4, 0xef, 0x8d, 0x2a, 0xaa,
    0xae, 0x67, 0xb3, 0x4d, 0x74, 0xbc, 0x7b, 0x5b,
    0x4d, 0xb6, 0x56, 0x4e, 0x72, 0xc0, 0x95, 0x7b,
};

@implementation KWVendor

+ (NSData *)recoveryPublicKey {
  return [NSData dataWithBytes:kRecoveryPublicKey length:sizeof kRecoveryPublicKey];
}

+ (NSData *)updatePublicKey {
  return [NSData dataWithBytes:kUpdatePublicKey length:sizeof kUpdatePublicKey];
}

@end

@implementation NSData (KWHex)

- (NSString *)kw_hexString {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:2 * [self length]];
  for (NSUInteger i = 0; i < [self length]; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}

- (NSString *)kw_shortId {
  unsigned char short_id[8];
  crypto_generichash(short_id, sizeof short_id, [self bytes], [self length], NULL, 0);
  return [[NSData dataWithBytes:short_id length:sizeof short_id] kw_hexString];
}

@end
