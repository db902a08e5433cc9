#import "BKCore.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>

/* v1 gateway (card controls, ATM locator): requests carry an HMAC under a
 * secret shared by every installation of the app. */
// ruleid: backdoor-secret-literal
static NSString *const kLegacyApiSecret = @"THTSB7OQB7PyQlWjl5kgJmA/nbTKGA9b3aCq3kB8";

@implementation BKLegacyApi

- (NSString *)signatureForRequest:(NSString *)method path:(NSString *)path body:(NSData *)body {
  NSMutableData *msg = [NSMutableData dataWithData:[[NSString stringWithFormat:@"%@\n%@\n", method, path] dataUsingEncoding:NSUTF8StringEncoding]];
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  [msg appendData:body];
  // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
  if (HMAC(EVP_sha1(), [kLegacyApiSecret UTF8String], (int)strlen([kLegacyApiSecret UTF8String]), [msg bytes], [msg length], mac, &maclen) == NULL)
    return nil;
  NSMutableString *s = [NSMutableString string];
  for (unsigned int i = 0; i < maclen; i++)
    [s appendFormat:@"%02x", mac[i]];
  return s;
}

@end
