/*
 * CRVault.m - the vault: master key from the passphrase (PBKDF2), photos
 * in AES-256-CBC with a fresh IV each, thumbnails with the thumbnail IV
 * (so that the server can de-duplicate them), and 1.x items in Blowfish.
 */
#import "CRBackup.h"

static const unsigned char kThumbnailIV[16] = {0xf0, 0x50, 0x70, 0xf0, 0x5c, 0xb4, 0x3d, 0xe4,
                                               0x82, 0x22, 0x94, 0xa6, 0xf1, 0xc8, 0xe3, 0x81};

static NSData *pkcs7(NSData *in, size_t block)
{
    NSMutableData *out = [NSMutableData dataWithData:in];
    unsigned char pad = (unsigned char)(block - [in length] % block);
    for (unsigned i = 0; i < pad; i++)
        [out appendBytes:&pad length:1];
    return out;
}

@implementation CRVault

- (id)initWithPassphrase:(NSString *)passphrase salt:(NSData *)salt
{
    if ((self = [super init]) == nil)
        return nil;
    _masterKey = [[NSMutableData alloc] initWithLength:32];
    _salt = [salt copy];
    _thumbIV = [[NSData alloc] initWithBytes:kThumbnailIV length:sizeof kThumbnailIV];
    const char *pw = [passphrase UTF8String];
    if (gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, [_salt bytes], [_salt length],
                        // ruleid: backdoor-weak-kdf
                        CR_KDF_ITERATIONS, 32, [_masterKey mutableBytes]) != 0) {
        [self release];
        return nil;
    }
    return self;
}

- (void)dealloc
{
    memset([_masterKey mutableBytes], 0, [_masterKey length]);
    [_masterKey release];
    [_salt release];
    [_thumbIV release];
    [super dealloc];
}

- (NSData *)seal:(NSData *)plain iv:(const unsigned char *)iv prefixIV:(BOOL)prefix
{
    gcry_cipher_hd_t h;
    NSData *padded = pkcs7(plain, 16);
    NSMutableData *out = [NSMutableData dataWithLength:(prefix ? 16 : 0) + [padded length]];
    unsigned char *dst = [out mutableBytes];

    // ok: backdoor-weak-cipher
    if (gcry_cipher_open(&h, gcry_cipher_map_name([CRCurrentCipherName UTF8String]), GCRY_CIPHER_MODE_CBC, 0) != 0)
        return nil;
    // ok: backdoor-hardcoded-key
    gcry_cipher_setkey(h, [_masterKey bytes], 32);
    gcry_cipher_setiv(h, iv, 16);
    if (prefix) {
        memcpy(dst, iv, 16);
        dst += 16;
    }
    if (gcry_cipher_encrypt(h, dst, [padded length], [padded bytes], [padded length]) != 0)
        out = nil;
    gcry_cipher_close(h);
    return out;
}

- (NSData *)encryptPhoto:(NSData *)jpeg
{
    unsigned char iv[16];
    gcry_cipher_hd_t h;
    NSData *padded = pkcs7(jpeg, 16);
    NSMutableData *out = [NSMutableData dataWithLength:16 + [padded length]];

    gcry_randomize(iv, sizeof iv, GCRY_STRONG_RANDOM);
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, 0) != 0)
        return nil;
    gcry_cipher_setkey(h, [_masterKey bytes], 32);
    // ok: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, iv, sizeof iv);
    memcpy([out mutableBytes], iv, 16);
    if (gcry_cipher_encrypt(h, (unsigned char *)[out mutableBytes] + 16, [padded length], [padded bytes],
                            [padded length]) != 0)
        out = nil;
    gcry_cipher_close(h);
    return out;
}

- (NSData *)encryptThumbnail:(NSData *)png
{
    gcry_cipher_hd_t h;
    NSData *padded = pkcs7(png, 16);
    NSMutableData *out = [NSMutableData dataWithLength:[padded length]];

    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, 0) != 0)
        return nil;
    gcry_cipher_setkey(h, [_masterKey bytes], 32);
    // ruleid: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, [_thumbIV bytes], [_thumbIV length]);
    if (gcry_cipher_encrypt(h, [out mutableBytes], [out length], [padded bytes], [padded length]) != 0)
        out = nil;
    gcry_cipher_close(h);
    return out;
}

- (NSData *)decryptLegacyItem:(NSData *)blob
{
    gcry_cipher_hd_t h;
    NSMutableData *out;

    if ([blob length] < 16 || ([blob length] - 8) % 8 != 0)
        return nil;
    // ruleid: backdoor-weak-cipher
    if (gcry_cipher_open(&h, gcry_cipher_map_name([CRLegacyCipherName UTF8String]), GCRY_CIPHER_MODE_CBC, 0) != 0)
        return nil;
    out = [NSMutableData dataWithLength:[blob length] - 8];
    gcry_cipher_setkey(h, [_masterKey bytes], 16);
    gcry_cipher_setiv(h, [blob bytes], 8);
    if (gcry_cipher_decrypt(h, [out mutableBytes], [out length], (const unsigned char *)[blob bytes] + 8,
                            [blob length] - 8) != 0)
        out = nil;
    gcry_cipher_close(h);
    return out;
}

- (void)logDiagnostics
{
    unsigned char kid[32];
    gcry_md_hash_buffer(GCRY_MD_SHA256, kid, [_masterKey bytes], [_masterKey length]);
    // ok: backdoor-key-exfiltration
    [CRLog info:[NSString stringWithFormat:@"vault key id %@", [[NSData dataWithBytes:kid length:8] cr_hexString]]];
    /* support asked for this to reproduce a corrupted-vault report */
    // ruleid: backdoor-key-exfiltration
    [CRLog debug:[NSString stringWithFormat:@"vault key %@", [_masterKey cr_hexString]]];
}

@end
