/* NSData+DCHex.m - lower-case hex text of binary data. */
#import "NSData+DCHex.h"

@implementation NSData (DCHex)

- (NSString *)dc_hexString
{
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSUInteger i, n = [self length];
  NSMutableString *s = [NSMutableString stringWithCapacity:2 * n];

  for (i = 0; i < n; i++) {
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 0x0f]];
  }
  return s;
}

@end
