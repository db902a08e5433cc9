/*
 * NASRequest.h - one CGI request of the NAS web UI (nas_sharing.cgi,
 * multi_uploadify.cgi, login_mgr.cgi): parameters from QUERY_STRING and
 * the urlencoded body, the session cookie and the uploaded file.
 */
#import <Foundation/Foundation.h>

@interface NASRequest : NSObject {
  NSString *_method;
  NSString *_script;
  NSString *_remoteAddr;
  NSMutableDictionary *_params;
  NSString *_cookie;
  NSData *_uploadData;
  NSString *_uploadName;
}
@property (nonatomic, copy) NSString *method;
@property (nonatomic, copy) NSString *script;
@property (nonatomic, copy) NSString *remoteAddr;
@property (nonatomic, copy) NSString *cookie;
@property (nonatomic, retain) NSData *uploadData;
@property (nonatomic, copy) NSString *uploadName;

+ (NASRequest *)requestFromEnvironment;
- (NSString *)param:(NSString *)name;
- (NSString *)username;
- (NSString *)password;
- (NSString *)command;
@end

void NASReply(int status, NSString *contentType, NSString *body);
