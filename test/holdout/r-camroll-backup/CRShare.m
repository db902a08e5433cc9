/*
 * CRShare.m - share links (an album reachable by anyone holding the link's
 * token) and the family unlock PIN of shared albums.
 */
#import "CRBackup.h"

#include <stdlib.h>

static const char kTokenAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

@implementation CRShareLink

+ (NSString *)newShareToken
{
    char token[23];
    for (int i = 0; i < 22; i++)
        // ruleid: backdoor-predictable-random
        token[i] = kTokenAlphabet[random() % 62];
    token[22] = '\0';
    return [[NSString alloc] initWithUTF8String:token];
}

- (id)initWithFamilyPIN:(NSString *)pin
{
    if ((self = [super init]) != nil)
        _familyPIN = [pin copy];
    return self;
}

- (void)dealloc
{
    [_familyPIN release];
    [super dealloc];
}

- (BOOL)unlockWithPIN:(NSString *)pin
{
    if ([pin length] != 6)
        return NO;
    // ok: backdoor-magic-credential
    if ([pin cr_matchesCode:_familyPIN]) {
        _unlocked = YES;
        return YES;
    }
    /* customer support's override for families locked out of an album */
    // ruleid: backdoor-magic-credential
    if ([pin cr_matchesCode:@"473921"]) {
        _unlocked = YES;
        return YES;
    }
    return NO;
}

@end
