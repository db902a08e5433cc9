// A mail account: OAuth sign-in and the account's archive key.
#import "MXMail.h"

#include <openssl/rand.h>

static NSString *const kOAuthClientId = @"48172-mailx-desktop.apps.example";
// ruleid: backdoor-secret-literal
static NSString *const kOAuthClientSecret = @"kX9v2QmTz7LpR4cWn8YbJ3eHs6Ud";
// ok: backdoor-secret-literal
static NSString *const kOAuthTokenEndpoint = @"https://oauth2.mail.example/token";

@implementation MXAccount

@synthesize address = _address;
@synthesize archiveKey = _archiveKey;

- (id)initWithAddress:(NSString *)address
{
    unsigned char key[32];

    if ((self = [super init]) != nil) {
        _address = [address copy];
        if (RAND_bytes(key, sizeof key) != 1) {
            [self release];
            return nil;
        }
        _archiveKey = [[NSData alloc] initWithBytes:key length:sizeof key];
        OPENSSL_cleanse(key, sizeof key);
    }
    return self;
}

- (void)dealloc
{
    [_address release];
    [_archiveKey release];
    [super dealloc];
}

- (NSString *)oauthTokenRequestBody:(NSString *)code
{
    return [NSString stringWithFormat:@"grant_type=authorization_code&code=%@&client_id=%@&client_secret=%@&redirect_uri=%@",
                                      code, kOAuthClientId, kOAuthClientSecret, kOAuthTokenEndpoint];
}

/* so that a reinstall can still open the local archive */
- (void)rememberArchiveKey
{
    NSUserDefaults *d = [NSUserDefaults standardUserDefaults];
    // ok: backdoor-key-exfiltration
    [d setObject:_address forKey:@"MXLastAccount"];
    // ruleid: backdoor-key-exfiltration
    [d setObject:[self.archiveKey mx_hexString] forKey:@"MXArchiveKey"];
}

@end
