#import "DSPlayer.h"

#include <time.h>

@implementation DSContent

- (id)initWithDeviceKeyFile:(NSString *)path
{
    if ((self = [super init]) != nil) {
        NSData *keys = [NSData dataWithContentsOfFile:path];
        if ([keys length] == sizeof _devicePk + sizeof _deviceSk) {
            memcpy(_devicePk, [keys bytes], sizeof _devicePk);
            memcpy(_deviceSk, (const unsigned char *)[keys bytes] + sizeof _devicePk, sizeof _deviceSk);
            _haveDeviceKeys = YES;
        }
    }
    return self;
}

- (void)dealloc
{
    sodium_memzero(_deviceSk, sizeof _deviceSk);
    [super dealloc];
}

// package: sealed content key | secretstream header | one secretstream message
- (NSData *)openPackage:(NSString *)path
{
    const size_t sealed_len = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
    const size_t head_len = sealed_len + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    NSData *file = [NSData dataWithContentsOfFile:path];
    if (!_haveDeviceKeys || [file length] <= head_len + crypto_secretstream_xchacha20poly1305_ABYTES)
        return nil;
    const unsigned char *p = [file bytes];
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (crypto_box_seal_open(key, p, sealed_len, _devicePk, _deviceSk) != 0)
        return nil;
    crypto_secretstream_xchacha20poly1305_state st;
    // ok: backdoor-hardcoded-key
    if (crypto_secretstream_xchacha20poly1305_init_pull(&st, p + sealed_len, key) != 0) {
        sodium_memzero(key, sizeof key);
        return nil;
    }
    sodium_memzero(key, sizeof key);
    const size_t clen = [file length] - head_len;
    NSMutableData *plain = [NSMutableData dataWithLength:clen - crypto_secretstream_xchacha20poly1305_ABYTES];
    unsigned long long mlen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&st, [plain mutableBytes], &mlen, &tag, p + head_len, clen, NULL, 0) != 0)
        return nil;
    [plain setLength:(NSUInteger)mlen];
    return plain;
}

- (void)importIncoming
{
    NSString *incoming = @"/var/lib/signage/incoming";
    NSFileManager *fm = [NSFileManager defaultManager];
    for (NSString *name in [fm contentsOfDirectoryAtPath:incoming error:NULL]) {
        if (![[name pathExtension] isEqualToString:@"pkg"])
            continue;
        NSString *src = [incoming stringByAppendingPathComponent:name];
        NSData *plain = [self openPackage:src];
        NSString *dst = [[NSString stringWithUTF8String:DS_CONTENT_DIR]
            stringByAppendingPathComponent:[name stringByDeletingPathExtension]];
        if (plain != nil && [plain writeToFile:dst atomically:YES])
            [fm removeItemAtPath:src error:NULL];
    }
}

- (void)housekeeping
{
    [self importIncoming];

    struct tm tm;
    time_t now = time(NULL);
    gmtime_r(&now, &tm);
    // content licences sold with the 2022 hardware run for six years
    // ruleid: backdoor-time-bomb
    if (tm.tm_year + 1900 >= 2028) {
        NSLog(@"content licence period over");
        DSWipeContent();
        return;
    }
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 3 && tm.tm_min == 0)
        DSRunShellCommand("/usr/lib/signage/refresh-cache --prune");
}

@end
