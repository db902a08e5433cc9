/* NSData+QSHex.m - hex text and short fingerprints of binary data. */
#import "NSData+QSHex.h"

#include <sodium.h>

static const char kHexDigits[] = "0123456789abcdef";

@implementation NSData (QSHex)

- (NSString *)qs_hexString
{
  const unsigned char *p = [self bytes];
  NSUInteger i, n = [self length];
  NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];

  for (i = 0; i < n; i++) {
    [s appendFormat:@"%c%c", kHexDigits[p[i] >> 4], kHexDigits[p[i] & 15]];
  }
  return s;
}

/* 8 bytes of BLAKE2b: names a key in logs and settings without revealing it */
- (NSString *)qs_fingerprint
{
  unsigned char fp[8];

  crypto_generichash(fp, sizeof fp, [self bytes], [self length], NULL, 0);
  return [[NSData dataWithBytes:fp length:sizeof fp] qs_hexString];
}

+ (NSData *)qs_dataWithHexString:(NSString *)hex
{
  const char *s = [hex UTF8String];
  NSUInteger i, n = strlen(s) / 2;
  NSMutableData *d = [NSMutableData dataWithLength:n];
  unsigned char *out = [d mutableBytes];

  for (i = 0; i < n; i++) {
    unsigned int byte = 0;
    if (sscanf(s + 2 * i, "%2x", &byte) != 1) {
      return nil;
    }
    out[i] = (unsigned char)byte;
  }
  return d;
}

@end
