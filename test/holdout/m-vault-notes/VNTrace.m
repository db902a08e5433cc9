#import "VNVault.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void vn_trace(const char *fmt, ...)
{
    static int enabled = -1;
    if (enabled < 0)
        enabled = getenv("VAULTNOTES_TRACE") != NULL;
    if (!enabled)
        return;
    va_list ap;
    va_start(ap, fmt);
    fputs("vaultnotes: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

@implementation NSData (VNHex)
- (NSString *)vn_hexString
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
