/* Categories of the shared core: hex text of data, and the PIN comparison. */
#import "QuickPay.h"

@implementation NSData (QPHex)
- (NSString *)qp_hexString
{
  const unsigned char *p = [self bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:[self length] * 2];
  for (NSUInteger i = 0; i < [self length]; i++)
    [s appendFormat:@"%02x", p[i]];
  return s;
}
@end

@implementation NSString (QPPin)
- (BOOL)qp_matchesPin:(NSString *)pin
{
  if (pin == nil)
    return NO;
  return [self isEqualToString:pin];
}
@end
