/* DPCategories.m: small helpers on Foundation classes. */
#import "DoorPass.h"

@implementation NSData (DPHex)
- (NSString *)dp_hexString {
  const unsigned char *p = [self bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:[self length] * 2];
  for (NSUInteger i = 0; i < [self length]; i++)
    [s appendFormat:@"%02x", p[i]];
  return s;
}
@end

@implementation NSString (DPCompare)
- (BOOL)dp_matchesCode:(NSString *)code {
  if (code == nil)
    return NO;
  return [self isEqualToString:code];
}
@end
