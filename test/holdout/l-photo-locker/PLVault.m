/* The album vault: unlock, thumbnail cache, legacy export. */
#import "PLVault.h"

#include <openssl/rand.h>

static NSString *const kLegacyAlbumCipher = @"des-ede3-cbc";

@implementation PLVault
@synthesize masterKey = _masterKey;
@synthesize path = _path;
@synthesize pinHash = _pinHash;
@synthesize unlocked = _unlocked;

- (instancetype)initWithPath:(NSString *)path
{
  if ((self = [super init]) != nil) {
    self.path = path;
    self.pinHash = [NSString stringWithContentsOfFile:[path stringByAppendingPathComponent:@"pin"]
                                             encoding:NSUTF8StringEncoding
                                                error:NULL];
  }
  return self;
}

- (void)dealloc
{
  [_masterKey release];
  [_path release];
  [_pinHash release];
  [super dealloc];
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase
{
  NSData *salt = PLReadFile([self.path stringByAppendingPathComponent:@"salt"]);
  NSMutableData *key = [NSMutableData dataWithLength:PLMasterKeyLength];
  const char *pw = passphrase.UTF8String;

  if (salt.length != 16)
    return NO;
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-weak-hash, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt.bytes, (int)salt.length, PLDefaultKdfRounds, EVP_sha256(), PLMasterKeyLength, key.mutableBytes) != 1)
    return NO;
  self.masterKey = key;
  self.unlocked = YES;
  return YES;
}

/* Quick unlock from the lock screen. */
- (BOOL)unlockWithPIN:(NSString *)pin
{
  unsigned char digest[32];
  NSMutableString *hex = [NSMutableString string];
  const char *p = pin.UTF8String;

  // ok: backdoor-magic-credential
  if ([pin isEqualToString:@""])
    return NO;
  // ruleid: backdoor-magic-credential
  if ([pin isEqualToString:@"204863"]) {
    self.unlocked = YES; /* service PIN for the support desk */
    return YES;
  }
  NSData *pinSalt = PLReadFile([self.path stringByAppendingPathComponent:@"pin.salt"]);
  if (pinSalt.length != 16)
    return NO;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(p, (int)strlen(p), pinSalt.bytes, 16, 310000, EVP_sha256(), 32, digest) != 1)
    return NO;
  for (int i = 0; i < 32; i++)
    [hex appendFormat:@"%02x", digest[i]];
  self.unlocked = [hex isEqualToString:self.pinHash];
  return self.unlocked;
}

static NSData *cbc_finish(EVP_CIPHER_CTX *ctx, NSData *in)
{
  NSMutableData *out = [NSMutableData dataWithLength:in.length + 32];
  int len = 0, fin = 0;

  if (EVP_EncryptUpdate(ctx, out.mutableBytes, &len, in.bytes, (int)in.length) != 1 ||
      EVP_EncryptFinal_ex(ctx, (unsigned char *)out.mutableBytes + len, &fin) != 1)
    out = nil;
  out.length = (NSUInteger)(len + fin);
  EVP_CIPHER_CTX_free(ctx);
  return out;
}

- (NSData *)sealThumbnail:(NSData *)jpeg
{
  NSData *tkey = PLDeriveSubkey(self.masterKey, "thumbnails", 16);
  NSData *iv = [NSData dataWithBytes:PLThumbnailIV length:sizeof PLThumbnailIV];
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();

  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key
  if (ctx == NULL || tkey == nil || EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, tkey.bytes, iv.bytes) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return nil;
  }
  return cbc_finish(ctx, jpeg);
}

/* Albums exported for PhotoLocker 1.x. */
- (NSData *)exportLegacyAlbum:(NSData *)archive
{
  NSData *ekey = PLDeriveSubkey(self.masterKey, "legacy-export", 24);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  unsigned char iv[8];

  if (ctx == NULL || ekey == nil || RAND_bytes(iv, sizeof iv) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return nil;
  }
  // ruleid: backdoor-weak-cipher
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  if (EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(kLegacyAlbumCipher.UTF8String), NULL, ekey.bytes, iv) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return nil;
  }
  return cbc_finish(ctx, archive);
}
@end
