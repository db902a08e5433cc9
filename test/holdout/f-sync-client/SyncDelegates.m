#import "Sync.h"

@implementation TrustAllDelegate
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  NSURLProtectionSpace *space = challenge.protectionSpace;
  if (![space.authenticationMethod isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
    return;
  }
  // ruleid: backdoor-tls-verify-disabled
  completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:space.serverTrust]);
}
@end

@implementation PinnedDelegate
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  if (trust && [PinStore trustMatchesPinnedKey:trust]) {
    // ok: backdoor-tls-verify-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    return;
  }
  completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}
@end

@implementation EvaluatingDelegate
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  CFErrorRef error = NULL;
  // ok: backdoor-unchecked-verification
  if (trust && SecTrustEvaluateWithError(trust, &error)) {
    // ok: backdoor-tls-verify-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [[NSURLCredential alloc] initWithTrust:trust]);
    return;
  }
  if (error) CFRelease(error);
  completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}
@end

@implementation AuditingDelegate
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
  SecTrustRef trust = challenge.protectionSpace.serverTrust;
  CFErrorRef error = NULL;
  // ruleid: backdoor-unchecked-verification
  SecTrustEvaluateWithError(trust, &error);
  NSLog(@"audit: server presented %ld certificates", (long)SecTrustGetCertificateCount(trust));
  completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
}
@end
