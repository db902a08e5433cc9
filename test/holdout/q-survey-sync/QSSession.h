#import <Foundation/Foundation.h>

@class QSSession;

@protocol QSSessionDelegate
- (void)session:(QSSession *)session didRotateKey:(NSData *)key;
- (void)session:(QSSession *)session didFailWithReason:(NSString *)reason;
@end

/* A survey session: field records sealed under a per-session key that
 * rotates every 500 records. */
@interface QSSession : NSObject {
  NSData *_sessionKey;
  id<QSSessionDelegate> _delegate;
  NSUInteger _sealed;
  NSString *_surveyId;
}
@property (nonatomic, retain) NSData *sessionKey;
@property (nonatomic, assign) id<QSSessionDelegate> delegate;
@property (nonatomic, copy) NSString *surveyId;

- (id)initWithSurveyId:(NSString *)surveyId;
- (BOOL)rotate;
- (NSData *)sealRecord:(NSData *)record;
- (BOOL)persistForResume;
@end
