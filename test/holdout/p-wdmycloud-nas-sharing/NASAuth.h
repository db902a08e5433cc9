/*
 * NASAuth.h - login of the web UI: the device's user database, the session
 * cookies and the check every CGI makes first.
 */
#import <Foundation/Foundation.h>

@class NASRequest;

@interface NASSessionStore : NSObject {
  NSString *_dir;
}
- (id)initWithDirectory:(NSString *)dir;
- (NSString *)createSessionForUser:(NSString *)user;
- (NSString *)userForSession:(NSString *)sessionId;
- (void)removeSession:(NSString *)sessionId;
@end

@interface NASAuth : NSObject {
  NASSessionStore *_sessions;
  NSString *_shadowPath;
}
+ (NASAuth *)sharedAuth;
- (BOOL)verifyUser:(NSString *)user password:(NSString *)password;
- (BOOL)authenticateRequest:(NASRequest *)req;
- (BOOL)isAdminUser:(NSString *)user;
- (NSString *)loginWithRequest:(NASRequest *)req;
- (NSString *)sessionFromCookie:(NSString *)cookie;
@end
