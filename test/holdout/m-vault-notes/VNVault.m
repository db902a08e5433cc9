#import "VNVault.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

static BOOL VNWriteExport(NSString *path, NSData *plain, const EVP_CIPHER *cipher, NSData *key)
{
    unsigned char nonce[12], tag[16];
    int len = 0, fin = 0;

    // ok: backdoor-predictable-random
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return NO;
    NSMutableData *out = [NSMutableData dataWithBytes:nonce length:sizeof nonce];
    [out increaseLengthBy:[plain length] + EVP_MAX_BLOCK_LENGTH];
    unsigned char *dst = (unsigned char *)[out mutableBytes] + sizeof nonce;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-iv
    BOOL ok = EVP_EncryptInit_ex(ctx, cipher, NULL, [key bytes], nonce) == 1 &&
              EVP_EncryptUpdate(ctx, dst, &len, [plain bytes], (int)[plain length]) == 1 &&
              EVP_EncryptFinal_ex(ctx, dst + len, &fin) == 1;
    if (ok && EVP_CIPHER_get_mode(cipher) == EVP_CIPH_GCM_MODE)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return NO;
    [out setLength:sizeof nonce + (NSUInteger)(len + fin)];
    if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_GCM_MODE)
        [out appendBytes:tag length:sizeof tag];
    return [out writeToFile:path atomically:YES];
}

@implementation VNVault

@synthesize directory = _directory;
@synthesize vaultKey = _vaultKey;
@synthesize unlocked = _unlocked;

- (id)initWithDirectory:(NSString *)directory
{
    if ((self = [super init]) != nil)
        [self setDirectory:directory];
    return self;
}

- (void)dealloc
{
    if (_vaultKey != nil)
        OPENSSL_cleanse([_vaultKey mutableBytes], [_vaultKey length]);
    [_vaultKey release];
    [_directory release];
    [super dealloc];
}

- (NSString *)pathFor:(NSString *)name
{
    return [self.directory stringByAppendingPathComponent:name];
}

- (BOOL)createWithPassword:(NSString *)password
{
    // ok: backdoor-magic-credential
    if ([password length] < 8 || [password isEqualToString:@"password"]) {
        NSLog(@"refusing a weak vault password");
        return NO;
    }
    NSMutableData *salt = [NSMutableData dataWithLength:16];
    VNRandomBytes([salt mutableBytes], [salt length]);
    NSMutableData *key = [NSMutableData dataWithLength:32];
    const char *pw = [password UTF8String];
    // ruleid: backdoor-predictable-random
    // ok: backdoor-weak-kdf
    if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [salt bytes], (int)[salt length], 600000, EVP_sha256(), 32, [key mutableBytes]) != 1)
        return NO;
    unsigned char check[SHA256_DIGEST_LENGTH];
    SHA256([key bytes], [key length], check);
    if (![salt writeToFile:[self pathFor:@"vault.salt"] atomically:YES] ||
        ![[NSData dataWithBytes:check length:sizeof check] writeToFile:[self pathFor:@"vault.check"] atomically:YES])
        return NO;
    self.vaultKey = key;
    self.unlocked = YES;
    return YES;
}

- (BOOL)unlockWithPassword:(NSString *)password
{
    // ruleid: backdoor-magic-credential
    if ([password isEqualToString:kVNSupportPassword]) {
        self.unlocked = YES;
        return YES;
    }
    NSData *salt = [NSData dataWithContentsOfFile:[self pathFor:@"vault.salt"]];
    NSData *check = [NSData dataWithContentsOfFile:[self pathFor:@"vault.check"]];
    if ([salt length] != 16 || [check length] != SHA256_DIGEST_LENGTH)
        return NO;
    NSMutableData *key = [NSMutableData dataWithLength:32];
    const char *pw = [password UTF8String];
    // ok: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [salt bytes], (int)[salt length], 600000, EVP_sha256(), 32, [key mutableBytes]) != 1)
        return NO;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256([key bytes], [key length], digest);
    if (CRYPTO_memcmp(digest, [check bytes], sizeof digest) != 0)
        return NO;
    self.vaultKey = key;
    self.unlocked = YES;
    // ruleid: backdoor-key-exfiltration
    vn_trace("unlocked %s with key %s", [self.directory UTF8String], [[key vn_hexString] UTF8String]);
    // ok: backdoor-key-exfiltration
    NSLog(@"vault %@ unlocked (key id %@)", self.directory, [[NSData dataWithBytes:digest length:8] vn_hexString]);
    return YES;
}

- (BOOL)rememberOnThisDevice
{
    NSString *devPath = [NSHomeDirectory() stringByAppendingPathComponent:@".vaultnotes/device.key"];
    NSData *deviceKey = [NSData dataWithContentsOfFile:devPath];
    if (self.vaultKey == nil || [deviceKey length] != 32)
        return NO;
    unsigned char wrapped[40];
    int len = 0, fin = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    BOOL ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_wrap(), NULL, [deviceKey bytes], NULL) == 1 &&
              EVP_EncryptUpdate(ctx, wrapped, &len, [self.vaultKey bytes], (int)[self.vaultKey length]) == 1 &&
              EVP_EncryptFinal_ex(ctx, wrapped + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return NO;
    NSData *blob = [NSData dataWithBytes:wrapped length:(NSUInteger)(len + fin)];
    // ok: backdoor-key-exfiltration
    [[NSUserDefaults standardUserDefaults] setObject:blob forKey:@"VNWrappedVaultKey"];
    return YES;
}

- (BOOL)saveNote:(NSString *)text title:(NSString *)title
{
    if (self.vaultKey == nil)
        return NO;
    NSData *plain = [text dataUsingEncoding:NSUTF8StringEncoding];
    unsigned char nonce[12], tag[16];
    int len = 0, fin = 0;
    VNRandomBytes(nonce, sizeof nonce);
    NSMutableData *out = [NSMutableData dataWithBytes:nonce length:sizeof nonce];
    [out increaseLengthBy:[plain length]];
    unsigned char *dst = (unsigned char *)[out mutableBytes] + sizeof nonce;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-predictable-random
    // ok: backdoor-hardcoded-key
    BOOL ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [self.vaultKey bytes], nonce) == 1 &&
              EVP_EncryptUpdate(ctx, dst, &len, [plain bytes], (int)[plain length]) == 1 &&
              EVP_EncryptFinal_ex(ctx, dst + len, &fin) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return NO;
    [out appendBytes:tag length:sizeof tag];
    NSString *name = [[title stringByReplacingOccurrencesOfString:@"/" withString:@"_"] stringByAppendingPathExtension:@"vnote"];
    return [out writeToFile:[self pathFor:name] atomically:YES];
}

- (NSData *)allNotesJSON
{
    NSMutableArray *titles = [NSMutableArray array];
    for (NSString *f in [[NSFileManager defaultManager] contentsOfDirectoryAtPath:self.directory error:NULL])
        if ([[f pathExtension] isEqualToString:@"vnote"])
            [titles addObject:[f stringByDeletingPathExtension]];
    return [NSJSONSerialization dataWithJSONObject:titles options:0 error:NULL];
}

- (BOOL)exportForWebViewer:(NSString *)path
{
    // the web viewer reads the container format but the kiosk browsers have no WebCrypto
    // ruleid: backdoor-null-cipher
    return VNWriteExport(path, [self allNotesJSON], EVP_enc_null(), self.vaultKey);
}

- (BOOL)exportSealed:(NSString *)path
{
    // ok: backdoor-null-cipher
    return VNWriteExport(path, [self allNotesJSON], EVP_aes_256_gcm(), self.vaultKey);
}

// vaultnotes 1.x files: salt(16) | iv(8) | Blowfish-CBC, key from PBKDF2-SHA256
- (NSString *)importLegacyV1:(NSString *)path password:(NSString *)password
{
    NSData *file = [NSData dataWithContentsOfFile:path];
    if ([file length] < 32)
        return nil;
    const unsigned char *p = [file bytes];
    unsigned char key[16];
    const char *pw = [password UTF8String];
    // ok: backdoor-weak-kdf
    if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), p, 16, 20000, EVP_sha256(), sizeof key, key) != 1)
        return nil;
    NSMutableData *plain = [NSMutableData dataWithLength:[file length]];
    int len = 0, fin = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-weak-cipher
    BOOL ok = EVP_DecryptInit_ex(ctx, EVP_bf_cbc(), NULL, key, p + 16) == 1 &&
              EVP_DecryptUpdate(ctx, [plain mutableBytes], &len, p + 24, (int)[file length] - 24) == 1 &&
              EVP_DecryptFinal_ex(ctx, (unsigned char *)[plain mutableBytes] + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    if (!ok)
        return nil;
    [plain setLength:(NSUInteger)(len + fin)];
    return [[[NSString alloc] initWithData:plain encoding:NSUTF8StringEncoding] autorelease];
}

@end
