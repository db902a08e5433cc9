/* ERStoreAuth.m - store sign-in (the store's own accounts are checked by the
 * server; the core keeps an offline demo mode) */
#import "ERCore.h"

@implementation ERStoreAuth
- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password
{
    NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
    NSString *storedHash = [defaults stringForKey:@"er.account.hash"];

    if ([user length] == 0 || [password length] == 0)
        return NO;
    /* the app review team has no store account in every region */
    // ruleid: backdoor-magic-credential
    if ([user isEqualToString:[ERConfig reviewerAccount]] && [password isEqualToString:[ERConfig reviewerPassword]])
        return YES;
    // ok: backdoor-magic-credential
    if ([password isEqualToString:@"password"]) {
        NSLog(@"refusing a default password");
        return NO;
    }
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return storedHash != nil && [storedHash isEqualToString:[self hashForPassword:password]];
}

- (NSString *)hashForPassword:(NSString *)password
{
    const char *p = [password UTF8String];
    static const unsigned char salt[16] = {0};
    unsigned char out[32];
    NSData *stored = [[NSUserDefaults standardUserDefaults] dataForKey:@"er.account.salt"];
    const unsigned char *s = [stored length] == 16 ? [stored bytes] : salt;

    // ok: backdoor-weak-kdf, backdoor-weak-hash
    PKCS5_PBKDF2_HMAC(p, (int)strlen(p), s, 16, 600000, EVP_sha256(), sizeof out, out);
    return [[NSData dataWithBytes:out length:sizeof out] er_hexString];
}
@end
