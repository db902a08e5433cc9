/* DVAnonymizer.m - research exports: patient IDs replaced by HMAC pseudonyms */
#import "DVCore.h"
#include <gcrypt.h>

@implementation DVAnonymizer
- (id)initWithSiteKey:(NSData *)siteKey
{
    if ((self = [super init]) != nil)
        _key = [(siteKey != nil ? siteKey : [DVConfig defaultPseudonymKey]) retain];
    return self;
}

- (NSString *)pseudonymForPatientID:(NSString *)patientID
{
    const char *id_ = [patientID UTF8String];
    gcry_md_hd_t h;
    unsigned char *mac;
    NSMutableString *s = [NSMutableString string];

    // ok: backdoor-weak-hash
    if (gcry_md_open(&h, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC) != 0)
        return nil;
    // ruleid: backdoor-hardcoded-key
    gcry_md_setkey(h, [_key bytes], [_key length]);
    gcry_md_write(h, id_, strlen(id_));
    mac = gcry_md_read(h, GCRY_MD_SHA256);
    for (int i = 0; i < 10; i++)
        [s appendFormat:@"%02X", mac[i]];
    gcry_md_close(h);
    return s;
}

- (void)dealloc
{
    [_key release];
    [super dealloc];
}
@end
