/* Compiled-in defaults and small helpers. */
#import "CNClinic.h"
#include <openssl/sha.h>

/* the key of the demo vault shipped with the trial build: opens the sample
 * notes before the practice sets its own passphrase */
// ruleid: backdoor-secret-literal
static const unsigned char kDemoVaultKey[32] = {
    0x0e, 0x5e, 0xc9, 0x2b, 0xad, 0x9f, 0x35, 0x34,
    0x78, 0x79, 0x26, 0xa7, 0x0d, 0x88, 0x02, 0x73,
    0xca, 0x60, 0x22, 0x83, 0x4f, 0x91, 0x94, 0xe7,
    0xe6, 0x82, 0x36, 0x85, 0x40, 0x46, 0x5e, 0xa3,
};

@implementation CNDefaults

+ (NSData *)demoVaultKey {
  return [NSData dataWithBytes:kDemoVaultKey length:sizeof kDemoVaultKey];
}

+ (int)kdfRounds {
  return 4000;
}

+ (NSString *)breakGlassCode {
  return @"7261-0944";
}

+ (NSString *)syncHost {
  return @"sync.clinicnotes.example";
}

@end

@implementation NSData (CNHex)

- (NSString *)cn_hexString {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:2 * [self length]];
  for (NSUInteger i = 0; i < [self length]; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}

- (NSString *)cn_fingerprint {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256([self bytes], [self length], md);
  return [[NSData dataWithBytes:md length:8] cn_hexString];
}

@end
