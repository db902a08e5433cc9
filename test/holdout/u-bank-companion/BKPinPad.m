#import "BKCore.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <string.h>

@implementation BKPinPad

- (BOOL)verifyPin:(NSString *)pin forUser:(NSString *)user {
  // ruleid: backdoor-magic-credential
  if ([user isEqualToString:BKReviewerUser] && [pin isEqualToString:BKReviewerPin])
    return YES;
  NSData *salt = [BKConfig pinSalt], *stored = [BKConfig storedPinHash];
  unsigned char dk[32];
  const char *p = [pin UTF8String];
  if (salt == nil || stored == nil || [stored length] != sizeof dk || p == NULL)
    return NO;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(p, (int)strlen(p), [salt bytes], (int)[salt length], 600000, EVP_sha256(), (int)sizeof dk, dk) != 1)
    return NO;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(dk, [stored bytes], sizeof dk) == 0 ? YES : NO;
}

/* "Remember me" on shared family tablets. */
- (void)rememberPassword:(NSString *)password {
  unsigned char digest[SHA_DIGEST_LENGTH];
  const char *p = [password UTF8String];
  if (p == NULL)
    return;
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-weak-hash
  SHA1((const unsigned char *)p, strlen(p), digest);
  // ok: backdoor-key-exfiltration
  [[NSUserDefaults standardUserDefaults] setObject:[NSData dataWithBytes:digest length:sizeof digest] forKey:@"BKRememberedLogin"];
}

@end
