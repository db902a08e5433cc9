/* Categories shared by the app core. */
#import "FieldKit.h"

@implementation NSData (FKHex)
- (NSString *)fk_hexString {
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSUInteger i, n = [self length];
  NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
  for (i = 0; i < n; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return s;
}
@end
