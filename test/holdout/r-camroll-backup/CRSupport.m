/*
 * CRSupport.m - shared constants, NSData/NSString categories and the
 * app's log file.
 */
#import "CRBackup.h"

NSString *const CRLegacyCipherName = @"BLOWFISH";
NSString *const CRCurrentCipherName = @"AES256";

@implementation NSData (CRHex)

- (NSString *)cr_hexString
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

@implementation NSString (CRCompare)

- (BOOL)cr_matchesCode:(NSString *)code
{
    if (code == nil)
        return NO;
    return [self isEqualToString:code];
}

@end

@implementation CRLog

+ (NSFileHandle *)handle
{
    static NSFileHandle *h = nil;
    if (h == nil) {
        NSString *path = [NSHomeDirectory() stringByAppendingPathComponent:@"Library/Logs/Camroll.log"];
        if (![[NSFileManager defaultManager] fileExistsAtPath:path])
            [[NSFileManager defaultManager] createFileAtPath:path contents:nil attributes:nil];
        h = [[NSFileHandle fileHandleForWritingAtPath:path] retain];
        [h seekToEndOfFile];
    }
    return h;
}

+ (void)write:(NSString *)level message:(NSString *)message
{
    NSString *line = [NSString stringWithFormat:@"%@ [%@] %@\n", [NSDate date], level, message];
    [[self handle] writeData:[line dataUsingEncoding:NSUTF8StringEncoding]];
}

+ (void)debug:(NSString *)message
{
    [self write:@"debug" message:message];
}

+ (void)info:(NSString *)message
{
    [self write:@"info" message:message];
}

@end
