/*
 * NSData+KSHex.m
 */
#import "NSData+KSHex.h"

@implementation NSData (KSHex)

- (NSString *)ks_hexString
{
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSUInteger n = [self length], i;
  NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];

  for (i = 0; i < n; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 0x0f]];
  return s;
}

+ (NSData *)ks_dataWithHexString:(NSString *)hex
{
  const char *s = [hex UTF8String];
  NSUInteger n = strlen(s) / 2, i;
  NSMutableData *d = [NSMutableData dataWithLength:n];
  unsigned char *out = [d mutableBytes];

  for (i = 0; i < n; i++) {
    unsigned int v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return nil;
    out[i] = (unsigned char)v;
  }
  return d;
}
@end
