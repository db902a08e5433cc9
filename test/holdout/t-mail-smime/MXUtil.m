// Helpers shared by the engine.
#import "MXMail.h"

@implementation NSData (MXHex)

- (NSString *)mx_hexString
{
    const unsigned char *p = [self bytes];
    NSMutableString *s = [NSMutableString stringWithCapacity:[self length] * 2];
    NSUInteger i;

    for (i = 0; i < [self length]; i++)
        [s appendFormat:@"%02x", p[i]];
    return s;
}

@end
