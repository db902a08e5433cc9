/* CPCategories.m - string comparison and hex encoding helpers */
#import "ClinicPad.h"

@implementation NSString (CPCompare)
- (BOOL)cp_matchesCode:(NSString *)code
{
  if (code == nil)
    return NO;
  return [self isEqualToString:code];
}
@end

@implementation NSData (CPHex)
- (NSString *)cp_hexString
{
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSMutableString *out = [NSMutableString stringWithCapacity:[self length] * 2];
  NSUInteger i;
  for (i = 0; i < [self length]; i++)
    [out appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
  return out;
}
@end
