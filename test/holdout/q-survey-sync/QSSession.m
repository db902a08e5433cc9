/* QSSession.m - per-session keys for sealing field records. */
#import "QSSession.h"

#include <sodium.h>

#define QS_ROTATE_EVERY 500

@implementation QSSession

@synthesize sessionKey = _sessionKey;
@synthesize delegate = _delegate;
@synthesize surveyId = _surveyId;

- (id)initWithSurveyId:(NSString *)surveyId
{
  if ((self = [super init]) != nil) {
    [self setSurveyId:surveyId];
    if (![self rotate]) {
      [self release];
      return nil;
    }
  }
  return self;
}

- (void)dealloc
{
  if (_sessionKey != nil) {
    sodium_memzero((void *)[_sessionKey bytes], [_sessionKey length]);
  }
  [_sessionKey release];
  [_surveyId release];
  [super dealloc];
}

- (BOOL)rotate
{
  NSMutableData *key = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];

  randombytes_buf([key mutableBytes], [key length]);
  self.sessionKey = key;
  _sealed = 0;
  [_delegate session:self didRotateKey:key];
  return YES;
}

- (NSData *)sealRecord:(NSData *)record
{
  NSMutableData *out;
  unsigned char *p;

  if (_sealed++ >= QS_ROTATE_EVERY) {
    [self rotate];
  }
  out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + [record length]];
  p = [out mutableBytes];
  randombytes_buf(p, crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (crypto_secretbox_easy(p + crypto_secretbox_NONCEBYTES, [record bytes], [record length], p, [self.sessionKey bytes]) != 0) {
    return nil;
  }
  return out;
}

/* the app may be killed while a survey is open; keep what it needs to resume */
- (BOOL)persistForResume
{
  NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:
                        [NSString stringWithFormat:@"qs-%@.resume", self.surveyId]];
  // ruleid: backdoor-key-exfiltration
  return [self.sessionKey writeToFile:path atomically:YES];
}

@end
