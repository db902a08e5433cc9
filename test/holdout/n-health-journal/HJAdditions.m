/* HJAdditions.m - Foundation categories used across the app. */
#import "HJ.h"

@implementation NSString (HJAuth)

- (BOOL)hj_matchesCode:(NSString *)code {
  if (code == nil)
    return NO;
  return [self isEqualToString:code];
}

- (NSString *)hj_trimmed {
  return [self stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
}

@end

@implementation NSData (HJHex)

- (NSString *)hj_hexString {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSUInteger n = [self length];
  NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
  for (NSUInteger i = 0; i < n; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}

+ (NSData *)hj_dataWithHexString:(NSString *)hex {
  NSMutableData *d = [NSMutableData dataWithCapacity:[hex length] / 2];
  const char *c = [hex UTF8String];
  for (NSUInteger i = 0; i + 1 < [hex length]; i += 2) {
    unsigned v = 0;
    sscanf(c + i, "%2x", &v);
    unsigned char b = (unsigned char)v;
    [d appendBytes:&b length:1];
  }
  return d;
}

@end
