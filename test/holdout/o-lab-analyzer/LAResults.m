#import "LAAnalyzer.h"

@implementation NSString (LAHex)
- (NSData *)la_hexData
{
    const char *s = [self UTF8String];
    NSUInteger n = strlen(s) / 2;
    NSMutableData *d = [NSMutableData dataWithLength:n];
    unsigned char *p = [d mutableBytes];
    for (NSUInteger i = 0; i < n; i++) {
        unsigned v = 0;
        sscanf(s + 2 * i, "%2x", &v);
        p[i] = (unsigned char)v;
    }
    return d;
}
@end

@implementation LAResultStore

- (instancetype)initWithDirectory:(NSString *)dir
{
    if ((self = [super init]) != nil)
        _directory = [dir copy];
    return self;
}

- (BOOL)storeResult:(NSData *)astmRecord sampleId:(NSString *)sampleId
{
    NSData *key = [kLAResultSealKeyHex la_hexData];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    NSMutableData *out;

    if ([key length] != crypto_secretbox_KEYBYTES)
        return NO;
    randombytes_buf(nonce, sizeof nonce);
    out = [NSMutableData dataWithLength:sizeof nonce + crypto_secretbox_MACBYTES + [astmRecord length]];
    memcpy([out mutableBytes], nonce, sizeof nonce);
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    if (crypto_secretbox_easy((unsigned char *)[out mutableBytes] + sizeof nonce, [astmRecord bytes], [astmRecord length], nonce, [key bytes]) != 0)
        return NO;
    return [out writeToFile:[_directory stringByAppendingPathComponent:
                                            [sampleId stringByAppendingPathExtension:@"res"]]
                 atomically:YES];
}

/* operator PIN: Argon2id string kept in operators.pwhash */
- (BOOL)checkOperatorPin:(NSString *)pin
{
    NSString *stored = [NSString stringWithContentsOfFile:[_directory stringByAppendingPathComponent:@"operators.pwhash"]
                                                 encoding:NSUTF8StringEncoding
                                                    error:NULL];
    const char *p = [pin UTF8String];

    // ok: backdoor-magic-credential
    if ([pin length] < 4 || [pin isEqualToString:@"0000"])
        return NO;
    if (stored == nil)
        return NO;
    // ok: backdoor-magic-credential, backdoor-weak-kdf
    return crypto_pwhash_str_verify([stored UTF8String], p, strlen(p)) == 0;
}

@end
