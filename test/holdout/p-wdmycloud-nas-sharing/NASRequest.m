/*
 * NASRequest.m - CGI environment and body parsing.
 */
#import "NASRequest.h"

#include <stdio.h>
#include <stdlib.h>

static NSString *URLDecode(NSString *s)
{
  NSString *plus = [s stringByReplacingOccurrencesOfString:@"+" withString:@" "];
  NSString *dec = [plus stringByRemovingPercentEncoding];
  return dec ? dec : plus;
}

static void ParseForm(NSString *form, NSMutableDictionary *into)
{
  NSArray *pairs = [form componentsSeparatedByString:@"&"];
  NSUInteger i;

  for (i = 0; i < [pairs count]; i++) {
    NSString *pair = [pairs objectAtIndex:i];
    NSRange eq = [pair rangeOfString:@"="];
    if (eq.location == NSNotFound || eq.location == 0)
      continue;
    [into setObject:URLDecode([pair substringFromIndex:eq.location + 1])
             forKey:URLDecode([pair substringToIndex:eq.location])];
  }
}

@implementation NASRequest
@synthesize method = _method;
@synthesize script = _script;
@synthesize remoteAddr = _remoteAddr;
@synthesize cookie = _cookie;
@synthesize uploadData = _uploadData;
@synthesize uploadName = _uploadName;

- (id)init
{
  if ((self = [super init]) != nil)
    _params = [[NSMutableDictionary alloc] init];
  return self;
}

- (void)dealloc
{
  [_method release];
  [_script release];
  [_remoteAddr release];
  [_params release];
  [_cookie release];
  [_uploadData release];
  [_uploadName release];
  [super dealloc];
}

+ (NASRequest *)requestFromEnvironment
{
  NSDictionary *env = [[NSProcessInfo processInfo] environment];
  NASRequest *r = [[[NASRequest alloc] init] autorelease];
  NSString *query = [env objectForKey:@"QUERY_STRING"];
  NSString *ctype = [env objectForKey:@"CONTENT_TYPE"];
  long clen = [[env objectForKey:@"CONTENT_LENGTH"] integerValue];

  r.method = [env objectForKey:@"REQUEST_METHOD"];
  r.script = [[env objectForKey:@"SCRIPT_NAME"] lastPathComponent];
  r.remoteAddr = [env objectForKey:@"REMOTE_ADDR"];
  r.cookie = [env objectForKey:@"HTTP_COOKIE"];
  if (query)
    ParseForm(query, r->_params);

  if (clen > 0 && clen < 256L * 1024 * 1024) {
    NSMutableData *body = [NSMutableData dataWithLength:(NSUInteger)clen];
    size_t got = fread([body mutableBytes], 1, (size_t)clen, stdin);
    [body setLength:got];
    if ([ctype hasPrefix:@"application/x-www-form-urlencoded"]) {
      NSString *form = [[[NSString alloc] initWithData:body encoding:NSUTF8StringEncoding] autorelease];
      if (form)
        ParseForm(form, r->_params);
    } else {
      /* multipart: the uploader sends one file part, named in the query */
      r.uploadData = body;
      r.uploadName = [r param:@"Filename"];
    }
  }
  return r;
}

- (NSString *)param:(NSString *)name
{
  return [_params objectForKey:name];
}

- (NSString *)username
{
  NSString *u = [self param:@"username"];
  return u ? u : [self param:@"user"];
}

/* the UI sends the password base64-encoded in "pwd" */
- (NSString *)password
{
  NSString *b64 = [self param:@"pwd"];
  NSData *raw;

  if (!b64)
    return nil;
  raw = [[[NSData alloc] initWithBase64EncodedString:b64 options:0] autorelease];
  if (!raw)
    return nil;
  return [[[NSString alloc] initWithData:raw encoding:NSUTF8StringEncoding] autorelease];
}

- (NSString *)command
{
  return [self param:@"cmd"];
}
@end

void NASReply(int status, NSString *contentType, NSString *body)
{
  const char *b = [body UTF8String];

  printf("Status: %d\r\nContent-Type: %s\r\nCache-Control: no-cache\r\n\r\n%s",
         status, [contentType UTF8String], b ? b : "");
  fflush(stdout);
}
