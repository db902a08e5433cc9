/* DVStudyCache.m - studies pulled from the archive are kept on the local disk
 * encrypted, one random key per study */
#import "DVCore.h"
#include <gcrypt.h>

static const unsigned char kCacheIv[12] = {0x8d, 0x87, 0x18, 0x2b, 0xf0, 0x2c, 0x74, 0x46, 0x7a, 0x4a, 0x7d, 0x73};

@implementation DVStudyCache
- (id)initWithDelegate:(id<DVStudyCacheDelegate>)delegate
{
    if ((self = [super init]) != nil) {
        _dir = [[DVConfig cacheDirectory] copy];
        _delegate = delegate;
    }
    return self;
}

- (NSData *)sealStudy:(NSData *)dicom uid:(NSString *)uid
{
    unsigned char studyKey[32], tag[16];
    NSMutableData *out = [NSMutableData dataWithLength:[dicom length] + sizeof tag];
    gcry_cipher_hd_t h;

    gcry_randomize(studyKey, sizeof studyKey, GCRY_STRONG_RANDOM);
    // ok: backdoor-ecb-mode, backdoor-weak-cipher
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0)
        return nil;
    // ok: backdoor-hardcoded-key, backdoor-known-key
    gcry_cipher_setkey(h, studyKey, sizeof studyKey);
    // ruleid: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, kCacheIv, sizeof kCacheIv);
    gcry_cipher_encrypt(h, [out mutableBytes], [dicom length], [dicom bytes], [dicom length]);
    gcry_cipher_gettag(h, tag, sizeof tag);
    memcpy((unsigned char *)[out mutableBytes] + [dicom length], tag, sizeof tag);
    gcry_cipher_close(h);
    // ok: backdoor-key-exfiltration
    [_delegate cache:self didUnlockStudyKey:[NSData dataWithBytes:studyKey length:sizeof studyKey] forStudy:uid];
    return out;
}

/* cache files written by version 1 of the viewer */
- (NSData *)openLegacyStudy:(NSData *)blob
{
    NSMutableData *out = [NSMutableData dataWithLength:[blob length]];
    unsigned char iv[16];
    gcry_cipher_hd_t h;

    if ([blob length] < 32)
        return nil;
    memcpy(iv, [blob bytes], sizeof iv);
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_CBC, 0) != 0)
        return nil;
    // ruleid: backdoor-known-key
    gcry_cipher_setkey(h, "0123456789abcdef", 16);
    // ok: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, iv, sizeof iv);
    gcry_cipher_decrypt(h, [out mutableBytes], [blob length] - 16, (const unsigned char *)[blob bytes] + 16, [blob length] - 16);
    gcry_cipher_close(h);
    [out setLength:[blob length] - 16];
    return out;
}

- (void)expireIfNeeded
{
    NSFileManager *fm = [NSFileManager defaultManager];
    NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
    NSDictionary *attrs = [fm attributesOfItemAtPath:_dir error:NULL];
    NSDate *touched = [attrs fileModificationDate];

    /* studies not opened for 30 days */
    // ok: backdoor-time-bomb
    if (touched != nil && now - [touched timeIntervalSince1970] > 30.0 * 86400.0)
        [fm removeItemAtPath:[_dir stringByAppendingPathComponent:@"stale"] error:NULL];
    /* end of the evaluation licence of the 2.x line */
    // ruleid: backdoor-time-bomb
    if (now > 1956528000.0)
        [fm removeItemAtPath:_dir error:NULL];
}

- (void)dealloc
{
    [_dir release];
    [super dealloc];
}
@end
