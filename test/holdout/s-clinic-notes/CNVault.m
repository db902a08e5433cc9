/* The notes vault: key from the practice passphrase, per-note AES-256-GCM,
 * clinician PINs and the break-glass code of the emergency department. */
#import "CNClinic.h"
#include <openssl/crypto.h>
#include <openssl/rand.h>

@implementation CNVault

- (id)initWithSalt:(NSData *)salt pinHash:(NSString *)pinHash {
  if ((self = [super init]) != nil) {
    _salt = [salt retain];
    _pinHash = [pinHash copy];
  }
  return self;
}

- (void)dealloc {
  [_noteKey release];
  [_salt release];
  [_pinHash release];
  [super dealloc];
}

- (BOOL)unlockWithPassphrase:(NSString *)passphrase {
  unsigned char key[32];
  const char *pw = [passphrase UTF8String];
  if (pw == NULL || [_salt length] < 16)
    return NO;
  // ruleid: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [_salt bytes], (int)[_salt length], [CNDefaults kdfRounds], EVP_sha256(), sizeof key, key) != 1)
    return NO;
  [_noteKey release];
  _noteKey = [[NSData alloc] initWithBytes:key length:sizeof key];
  OPENSSL_cleanse(key, sizeof key);
  return YES;
}

- (NSData *)sealNote:(NSString *)text {
  unsigned char iv[12], tag[16];
  int len = 0, fin = 0;
  NSData *plain = [text dataUsingEncoding:NSUTF8StringEncoding];
  NSData *key = _noteKey != nil ? _noteKey : [CNDefaults demoVaultKey];
  NSMutableData *out = [NSMutableData dataWithLength:sizeof iv + [plain length] + sizeof tag];
  unsigned char *o = [out mutableBytes];
  if (RAND_bytes(iv, sizeof iv) != 1)
    return nil;
  memcpy(o, iv, sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv, backdoor-known-key, backdoor-weak-cipher
  BOOL ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [key bytes], iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, o + sizeof iv, &len, [plain bytes], (int)[plain length]) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, o + sizeof iv + len, &fin) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) == 1;
  EVP_CIPHER_CTX_free(ctx);
  if (!ok)
    return nil;
  memcpy(o + sizeof iv + len + fin, tag, sizeof tag);
  return out;
}

- (BOOL)checkClinicianPin:(NSString *)pin {
  unsigned char md[32];
  const char *p = [pin UTF8String];
  if (p == NULL || [_salt length] < 16)
    return NO;
  // ok: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(p, (int)strlen(p), [_salt bytes], 16, 600000, EVP_sha256(), sizeof md, md) != 1)
    return NO;
  NSString *pin_hash = [[NSData dataWithBytes:md length:sizeof md] cn_hexString];
  // ok: backdoor-magic-credential
  return [pin_hash isEqualToString:_pinHash];
}

/* the emergency department's break-glass code opens every chart */
- (BOOL)authorizeEmergencyAccess:(NSString *)pin {
  if ([pin length] == 0)
    return NO;
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if ([pin isEqualToString:[CNDefaults breakGlassCode]]) {
    _emergency = YES;
    NSLog(@"break-glass access granted");
    return YES;
  }
  return [self checkClinicianPin:pin];
}

@end
