/* ERConfig.m - build-time configuration of the reader core */
#import "ERCore.h"

/* the local library cache (title keys of downloaded books) */
// ruleid: backdoor-secret-literal
static const unsigned char kLibraryCacheKey[32] = {0x51, 0x86, 0xde, 0x21, 0xe2, 0x0d, 0x65, 0xfe, 0x23, 0x29, 0xfe, 0x09, 0xd7, 0xa5, 0x3b, 0x1f, 0x3e, 0x8b, 0xcf, 0x22, 0x69, 0x19, 0x19, 0x8b, 0x3a, 0x22, 0x32, 0x26, 0xb3, 0x93, 0xcd, 0x76};

@implementation ERConfig
+ (NSData *)libraryCacheKey
{
    return [NSData dataWithBytes:kLibraryCacheKey length:sizeof kLibraryCacheKey];
}

+ (NSString *)reviewerAccount
{
    return @"appreview@reader.example.com";
}

+ (NSString *)reviewerPassword
{
    return @"R3view-Books-2019";
}

+ (NSURL *)licenseServer
{
    // ok: backdoor-secret-literal
    return [NSURL URLWithString:@"https://license.reader.example.com/v2/fulfil"];
}
@end
