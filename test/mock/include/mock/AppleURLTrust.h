/* Apple's declarations of server-trust authentication in Foundation
   (NSURLCredential.h, NSURLProtectionSpace.h, NSURLSession.h) that GNUstep's
   Foundation lacks (Debian's is built without NSURLSession); include after
   <Foundation/Foundation.h>, with -fblocks. */
#ifndef MOCK_APPLEURLTRUST_H
#define MOCK_APPLEURLTRUST_H
#import <Foundation/Foundation.h>
#include <Security/SecBase.h>

@interface NSURLCredential (NSServerTrust)
- (id)initWithTrust:(SecTrustRef)trust;
+ (NSURLCredential *)credentialForTrust:(SecTrustRef)trust;
@end

@interface NSURLProtectionSpace (NSServerTrustValidationSpace)
@property(readonly) SecTrustRef serverTrust;
@end

#if !GS_HAVE_NSURLSESSION
typedef NS_ENUM(NSInteger, NSURLSessionAuthChallengeDisposition) {
  NSURLSessionAuthChallengeUseCredential = 0,
  NSURLSessionAuthChallengePerformDefaultHandling = 1,
  NSURLSessionAuthChallengeCancelAuthenticationChallenge = 2,
  NSURLSessionAuthChallengeRejectProtectionSpace = 3,
};
@interface NSURLSession : NSObject
@end
@interface NSURLSessionTask : NSObject
@end
@protocol NSURLSessionDelegate <NSObject>
@optional
- (void)URLSession:(NSURLSession *)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition,
                                  NSURLCredential *credential))completionHandler;
@end
@protocol NSURLSessionTaskDelegate <NSURLSessionDelegate>
@optional
- (void)URLSession:(NSURLSession *)session
                   task:(NSURLSessionTask *)task
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition,
                                  NSURLCredential *credential))completionHandler;
@end
#endif
#endif
