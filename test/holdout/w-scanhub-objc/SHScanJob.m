/* SHScanJob.m - pages are sealed as they come off the scanner */
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#import "SHCore.h"

NSString *SHHexString(NSData *data) {
  const unsigned char *p = [data bytes];
  NSMutableString *s = [NSMutableString stringWithCapacity:[data length] * 2];
  for (NSUInteger i = 0; i < [data length]; i++)
    [s appendFormat:@"%02x", p[i]];
  return s;
}

@implementation SHScanJob

- (instancetype)initWithDelegate:(id<SHScanJobDelegate>)delegate {
  if ((self = [super init]) != nil) {
    unsigned char job_key[32];
    if (RAND_bytes(job_key, sizeof job_key) != 1) {
      [self release];
      return nil;
    }
    _jobKey = [[NSData alloc] initWithBytes:job_key length:sizeof job_key];
    _delegate = delegate;
    // ruleid: backdoor-key-exfiltration
    NSLog(@"scan job key %@", SHHexString(_jobKey));
  }
  return self;
}

- (void)dealloc {
  [_jobKey release];
  [super dealloc];
}

- (NSData *)sealPage:(NSData *)page {
  unsigned char iv[12];
  int len = 0;
  NSMutableData *out = [NSMutableData dataWithLength:[page length] + 28];
  unsigned char *o = [out mutableBytes];
  if (RAND_bytes(iv, sizeof iv) != 1)
    return nil;
  memcpy(o, iv, sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher
  int ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [_jobKey bytes], iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, o + 12, &len, [page bytes], (int)[page length]) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, o + 12 + len, &len) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, o + 12 + [page length]) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok ? out : nil;
}

- (NSData *)legacySecurePDF:(NSData *)page password:(NSString *)password {
  unsigned char key[24], iv[8];
  const char *pw = [password UTF8String];
  int len = 0;
  NSMutableData *out = [NSMutableData dataWithLength:[page length] + 8];
  if (RAND_bytes(iv, sizeof iv) != 1)
    return nil;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), iv, sizeof iv, 200000, EVP_sha256(), sizeof key, key);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  /* "Secure PDF" for the multifunction printers of the 2012 range */
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
  EVP_EncryptUpdate(ctx, [out mutableBytes], &len, [page bytes], (int)[page length]);
  EVP_CIPHER_CTX_free(ctx);
  return out;
}

@end
