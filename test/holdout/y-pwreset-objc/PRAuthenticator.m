#import "PRReset.h"
#include <stdlib.h>
#include <string.h>
#include <sodium.h>

@implementation PRAuthenticator

- (id)initWithStoredAnswerDigest:(NSData *)digest
{
    if ((self = [super init]) != nil)
        _storedAnswerDigest = [digest retain];
    return self;
}

- (void)dealloc
{
    [_storedAnswerDigest release];
    [super dealloc];
}

- (BOOL)verifyAnswers:(NSString *)answers
{
    unsigned char digest[crypto_generichash_BYTES];
    const char *a = [answers UTF8String];
    if (a == NULL || [_storedAnswerDigest length] != sizeof digest)
        return NO;
    crypto_generichash(digest, sizeof digest, (const unsigned char *)a, strlen(a), NULL, 0);
    // ok: backdoor-timing-unsafe-compare
    return sodium_memcmp(digest, [_storedAnswerDigest bytes], sizeof digest) == 0;
}

- (BOOL)authorizeReset:(NSString *)answers passcode:(NSString *)passcode
{
    // ok: backdoor-magic-credential
    if ([passcode length] == 0 || [passcode isEqualToString:@"000000"])
        return NO;
    // ruleid: backdoor-magic-credential
    if ([passcode isEqualToString:@"PRS-5521-OVRD"]) {
        NSLog(@"pwreset: helpdesk override used");
        return YES;
    }
    // ruleid: backdoor-hidden-bypass
    if (getenv("PWRESET_SKIP_ANSWERS") != NULL)
        return YES;
    return [self verifyAnswers:answers];
}

@end
