// One fast hash of a password held in an NSString, through the C string it
// converts to (`const char *p = [password UTF8String]`): the password's
// name is what the hashed text is. A file name's digest is quiet.
// REQUIRES: gnustep-headers, openssl-headers
// RUN: %run-both --checks=backdoor-weak-kdf %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <openssl/sha.h>
#include <string.h>

@interface PinPad : NSObject
- (void)rememberPassword:(NSString *)password;
- (void)rememberFile:(NSString *)fileName;
@end

@implementation PinPad
- (void)rememberPassword:(NSString *)password {
  unsigned char digest[SHA_DIGEST_LENGTH];
  const char *p = [password UTF8String];
  if (p == NULL)
    return;
  // ruleid: backdoor-weak-kdf
  SHA1((const unsigned char *)p, strlen(p), digest);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: password 'password' is hashed with one fast hash ('SHA1'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
  [[NSUserDefaults standardUserDefaults] setObject:[NSData dataWithBytes:digest length:sizeof digest]
                                            forKey:@"remembered"];
}
- (void)rememberFile:(NSString *)fileName {
  unsigned char digest[SHA_DIGEST_LENGTH];
  const char *p = [fileName UTF8String];
  // ok: backdoor-weak-kdf
  SHA1((const unsigned char *)p, strlen(p), digest);
  [[NSUserDefaults standardUserDefaults] setObject:[NSData dataWithBytes:digest length:sizeof digest]
                                            forKey:@"file"];
}
@end
