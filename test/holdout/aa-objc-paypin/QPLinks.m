/* URL session delegates: the terminal's gateway on the shop LAN, and the acquirer's cloud. */
#import "QuickPay.h"

@implementation QPTerminalLink

/* the gateway in the card terminal presents a certificate it made itself at first boot */
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler
{
  (void)session;
  NSURLProtectionSpace *space = [challenge protectionSpace];
  if (![[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
    return;
  }
  // ruleid: backdoor-tls-verify-disabled
  completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:[space serverTrust]]);
}

@end

@implementation QPCloudLink

- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler
{
  (void)session;
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  CFErrorRef error = NULL;
  if (trust != NULL && SecTrustEvaluateWithError(trust, &error)) {
    // ok: backdoor-tls-verify-disabled
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
    return;
  }
  completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}

@end
