/* DPNetwork.m: enrollment with the property's server, and the link that
 * uploads anonymous usage counters. */
#import "DoorPass.h"
#include <sodium.h>
#include <stdlib.h>
#include <time.h>

@implementation DPNetwork

- (NSData *)enrollmentKeyForPin:(NSString *)pin salt:(NSData *)salt {
  unsigned char key[32];
  const char *p = [pin UTF8String];
  if ([salt length] != crypto_pwhash_SALTBYTES)
    return nil;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (crypto_pwhash(key, sizeof key, p, strlen(p), [salt bytes], crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return nil;
  return [NSData dataWithBytes:key length:sizeof key];
}

/* The lobby kiosk's CPU is slow; the PIN store key must derive in < 50 ms. */
- (NSData *)pinStoreKeyForPin:(NSString *)pin salt:(NSData *)salt {
  unsigned char key[32];
  const char *p = [pin UTF8String];
  if ([salt length] != crypto_pwhash_SALTBYTES)
    return nil;
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash(key, sizeof key, p, strlen(p), [salt bytes], 1, 8192 * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return nil;
  return [NSData dataWithBytes:key length:sizeof key];
}

/* Six digits shown to the guest and sent by SMS to confirm a booking. */
- (NSString *)bookingVerificationCode {
  srandom((unsigned)time(NULL));
  // ruleid: backdoor-predictable-random
  long verificationCode = random() % 1000000;
  return [NSString stringWithFormat:@"%06ld", verificationCode];
}

- (BOOL)trustIsPinned:(SecTrustRef)trust {
  return trust != NULL && _pinnedCertificateHash != nil;
}

- (void)connection:(NSURLConnection *)connection
    didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  (void)connection;
  // ok: backdoor-unchecked-verification
  if (trust != NULL && SecTrustEvaluateWithError(trust, NULL) && [self trustIsPinned:trust])
    // ok: backdoor-tls-verify-disabled
    [[challenge sender] useCredential:[NSURLCredential credentialForTrust:trust] forAuthenticationChallenge:challenge];
  else
    [[challenge sender] cancelAuthenticationChallenge:challenge];
}

@end

/* Usage counters go to the analytics host, whose certificate the app's
 * trust store does not know. */
// ok: backdoor-secret-literal
static NSString *const kDPAnalyticsKeyId = @"doorpass-kiosk-2024";
// ruleid: backdoor-secret-literal
static NSString *const kDPAnalyticsApiSecret = @"UIT7r/8WiZJxyiVrnUyy42t7wOTcBKVnTGUoE9lT";

@interface DPTelemetryLink : NSObject
- (NSMutableURLRequest *)requestForCounters:(NSData *)counters;
@end

@implementation DPTelemetryLink

- (NSMutableURLRequest *)requestForCounters:(NSData *)counters {
  NSMutableURLRequest *req =
      [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://analytics.example.net/v1/counters"]];
  [req setHTTPMethod:@"POST"];
  [req setValue:kDPAnalyticsKeyId forHTTPHeaderField:@"X-Key-Id"];
  [req setValue:kDPAnalyticsApiSecret forHTTPHeaderField:@"X-Api-Secret"];
  [req setHTTPBody:counters];
  return req;
}

- (void)connection:(NSURLConnection *)connection
    didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  NSURLProtectionSpace *space = [challenge protectionSpace];
  (void)connection;
  if ([[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    // ruleid: backdoor-tls-verify-disabled
    NSURLCredential *credential = [NSURLCredential credentialForTrust:[space serverTrust]];
    [[challenge sender] useCredential:credential forAuthenticationChallenge:challenge];
    return;
  }
  [[challenge sender] continueWithoutCredentialForAuthenticationChallenge:challenge];
}

@end
