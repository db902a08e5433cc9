/*
 * main.m - the CGI front of the NAS web UI.  Every *.cgi of the web root is
 * a link to this program; the script name and the "cmd" parameter choose
 * the handler.
 */
#import "NASAuth.h"
#import "NASRequest.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

void NASHandleUpload(NASRequest *req);
BOOL NASRegisterRemoteAccess(NSString *deviceId);
BOOL NASCheckDashboard(NSString *url);

static NSString *ShareListJSON(void)
{
  NSArray *shares = [[NSFileManager defaultManager] contentsOfDirectoryAtPath:@"/mnt/HD/HD_a2" error:NULL];
  NSMutableString *json = [NSMutableString stringWithString:@"{\"shares\":["];
  NSUInteger i;

  for (i = 0; i < [shares count]; i++)
    [json appendFormat:@"%@\"%@\"", i ? @"," : @"", [shares objectAtIndex:i]];
  [json appendString:@"]}\n"];
  return json;
}

int main(int argc, char *argv[])
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NASAuth *auth;
  NASRequest *req;
  NSString *cmd, *sid;

  (void)argc;
  (void)argv;
  srandom((unsigned)time(NULL) ^ (unsigned)getpid());
  auth = [NASAuth sharedAuth];
  req = [NASRequest requestFromEnvironment];
  cmd = [req command];

  // ok: backdoor-input-trigger
  if ([[req script] isEqualToString:@"multi_uploadify.cgi"]) {
    NASHandleUpload(req);
  } else if ([cmd isEqualToString:@"cgi_login"]) {
    sid = [auth loginWithRequest:req];
    if (sid)
      printf("Set-Cookie: WD_SESSION=%s; Path=/; HttpOnly\r\n", [sid UTF8String]);
    NASReply(sid ? 200 : 401, @"application/json", sid ? @"{\"status\":1}\n" : @"{\"status\":0}\n");
  } else if ([cmd isEqualToString:@"cgi_get_share_list"]) {
    if (![auth authenticateRequest:req])
      NASReply(401, @"text/plain", @"Unauthorized\n");
    else
      NASReply(200, @"application/json", ShareListJSON());
  } else if ([cmd isEqualToString:@"cgi_remote_access"]) {
    if (![auth authenticateRequest:req] || ![auth isAdminUser:[req username]])
      NASReply(401, @"text/plain", @"Unauthorized\n");
    else
      NASReply(200, @"application/json", NASRegisterRemoteAccess([req param:@"device_id"]) ? @"{\"status\":1}\n" : @"{\"status\":0}\n");
  } else if ([cmd isEqualToString:@"cgi_check_dashboard"]) {
    if (![auth authenticateRequest:req])
      NASReply(401, @"text/plain", @"Unauthorized\n");
    else
      NASReply(200, @"application/json", NASCheckDashboard([req param:@"url"]) ? @"{\"ok\":1}\n" : @"{\"ok\":0}\n");
  } else {
    NASReply(400, @"text/plain", @"unknown command\n");
  }
  [pool drain];
  return 0;
}
