/* ERHex.m - hex encoding for logs and request bodies */
#import "ERCore.h"

@implementation NSData (ERHex)
- (NSString *)er_hexString
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *p = [self bytes];
    NSUInteger n = [self length];
    NSMutableString *s = [NSMutableString stringWithCapacity:2 * n];
    for (NSUInteger i = 0; i < n; i++)
        [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
    return s;
}
@end
