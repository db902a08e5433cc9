#import "NSSSupport.h"

/* per-notebook IV: kept stable so that unchanged notes do not re-upload */
const unsigned char NSSNoteIV[16] = {
    0x0d, 0xf4, 0xaf, 0x56, 0xd1, 0xa7, 0x1f, 0xfe, 0xb9, 0xcd, 0x35, 0xc3, 0xf0, 0x4d, 0x6a, 0x4e,
};

@implementation NSData (NSSHex)
- (NSString *)nss_hexString
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *p = [self bytes];
    NSUInteger n = [self length];
    NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
    for (NSUInteger i = 0; i < n; i++)
        [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 15]];
    return s;
}
@end
