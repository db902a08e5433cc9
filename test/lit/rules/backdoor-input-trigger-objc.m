// Input triggers in Objective-C methods: a header a client sends, or the
// environment, matched by a Foundation string comparison (or by a method of
// the class that answers one) before an NSTask or a command runs. Message
// sends are modelled by selector (rules/apis/objc-foundation.yaml).
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-input-trigger %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <stdlib.h>
#include <unistd.h>

@interface MaintenanceServer : NSObject
- (void)runDiagnostics:(NSString *)script;
- (BOOL)isServiceToken:(NSString *)token;
- (void)handleRequest:(NSURLRequest *)request;
- (void)onHeader:(NSURLRequest *)request;
- (void)fromEnvironment;
- (void)handleCommand:(NSString *)command;
- (void)handleAfterLogin:(NSURLRequest *)request;
@end

@implementation MaintenanceServer
- (void)runDiagnostics:(NSString *)script {
  [NSTask launchedTaskWithLaunchPath:@"/bin/sh" arguments:@[ @"-c", script ]];
}

- (BOOL)isServiceToken:(NSString *)token {
  return [token hasPrefix:@"svc-7f3a9c21"];
}

// A header matched against a constant runs the body as a script, through a
// method of the class.
- (void)handleRequest:(NSURLRequest *)request {
  NSString *token = [request valueForHTTPHeaderField:@"X-Service-Token"];
  // ruleid: backdoor-input-trigger
  if ([token isEqualToString:@"f00dfacecafe"]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'valueForHTTPHeaderField:' is compared with the constant "f00dfacecafe" and only a match reaches 'runDiagnostics:', which calls 'launchedTaskWithLaunchPath:arguments:' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    NSString *body = [[NSString alloc] initWithData:[request HTTPBody] encoding:NSUTF8StringEncoding];
    [self runDiagnostics:body];
  }
  // ok: backdoor-input-trigger (nothing dangerous under the match)
  if ([token hasPrefix:@"Bearer "])
    NSLog(@"bearer token");
}

// The match is a method of the class that answers whether its argument
// starts with a constant.
- (void)onHeader:(NSURLRequest *)request {
  NSString *t = [request valueForHTTPHeaderField:@"X-Token"];
  // ruleid: backdoor-input-trigger
  if ([self isServiceToken:t]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'valueForHTTPHeaderField:' is compared with the constant "svc-7f3a9c21" and only a match reaches 'launch' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    NSTask *task = [[NSTask alloc] init];
    [task setLaunchPath:@"/bin/sh"];
    [task launch];
  }
}

- (void)fromEnvironment {
  NSDictionary *env = [[NSProcessInfo processInfo] environment];
  NSString *mode = [env objectForKey:@"AGENT_MODE"];
  // ruleid: backdoor-input-trigger
  if ([mode isEqualToString:@"maintenance-9c2"])
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the environment ('environment') is compared with the constant "maintenance-9c2" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/bin/sh -i");
}

// A command loop: each verb is dispatch, none is hidden.
- (void)handleCommand:(NSString *)command {
  // ok: backdoor-input-trigger
  if ([command isEqualToString:@"status"])
    NSLog(@"ok");
  else if ([command isEqualToString:@"reload"])
    NSLog(@"reloading");
  else if ([command isEqualToString:@"restart"])
    system("/usr/sbin/service agent restart");
}

// A constant the program compares with itself, not with input.
- (void)handleAfterLogin:(NSURLRequest *)request {
  NSString *mode = @"safe";
  // ok: backdoor-input-trigger
  if ([mode isEqualToString:@"maintenance"])
    system("/usr/sbin/service agent restart");
}
@end

// Categories: a method of a category on NSString that compares its receiver
// answers the match; a category of the class implements the payload and the
// trigger. Messages are resolved into the @implementation of any category
// the unit implements.
@interface NSString (Maint)
- (BOOL)isMaintenanceKey;
- (BOOL)isLoopbackName;
@end
@implementation NSString (Maint)
- (BOOL)isMaintenanceKey {
  return [self isEqualToString:@"mk-9d81f0aa73"];
}
- (BOOL)isLoopbackName {
  return [self isEqualToString:@"localhost"];
}
@end

@interface Agent : NSObject
- (void)handleRequest:(NSURLRequest *)request;
- (void)readCommand:(NSFileHandle *)fh;
- (void)readConfig;
@end
@interface Agent (Diag)
- (void)runScript:(NSString *)s;
- (void)handleHeader:(NSURLRequest *)request;
@end

@implementation Agent (Diag)
- (void)runScript:(NSString *)s {
  [NSTask launchedTaskWithLaunchPath:@"/bin/sh" arguments:@[ @"-c", s ]];
}
- (void)handleHeader:(NSURLRequest *)request {
  NSString *t = [request valueForHTTPHeaderField:@"X-Diag"];
  // ruleid: backdoor-input-trigger
  if ([t isEqualToString:@"dg-55be01c4"]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'valueForHTTPHeaderField:' is compared with the constant "dg-55be01c4" and only a match reaches 'runScript:', which calls 'launchedTaskWithLaunchPath:arguments:' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    [self runScript:@"id"];
  }
}
@end

@implementation Agent
- (void)handleRequest:(NSURLRequest *)request {
  NSString *t = [request valueForHTTPHeaderField:@"X-Key"];
  // ruleid: backdoor-input-trigger
  if ([t isMaintenanceKey]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'valueForHTTPHeaderField:' is compared with the constant "mk-9d81f0aa73" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/bin/sh -c reboot");
  }
  NSString *host = [request valueForHTTPHeaderField:@"Host"];
  // ok: backdoor-input-trigger (nothing dangerous under the match)
  if ([host isLoopbackName])
    NSLog(@"local request");
}
// What a file handle the caller opened delivers (a socket, standard input).
- (void)readCommand:(NSFileHandle *)fh {
  NSData *d = [fh availableData];
  NSString *cmd = [[NSString alloc] initWithData:d encoding:NSUTF8StringEncoding];
  // ruleid: backdoor-input-trigger
  if ([cmd isEqualToString:@"unlock-7c2e"]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'availableData' is compared with the constant "unlock-7c2e" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/bin/sh");
  }
}
// A file the program opens on its own path is configuration.
- (void)readConfig {
  NSFileHandle *fh = [NSFileHandle fileHandleForReadingAtPath:@"/etc/agent/mode"];
  NSString *mode = [[NSString alloc] initWithData:[fh readDataToEndOfFile]
                                         encoding:NSUTF8StringEncoding];
  // ok: backdoor-input-trigger
  if ([mode isEqualToString:@"maintenance"])
    system("/usr/sbin/service agent restart");
}
@end

// A grant without the verification the method's other paths perform: the
// verification is a message whose selector says so (`[self
// verifyTechnicianPin:pin]`), as a function's name does.
@interface ServiceDesk : NSObject
- (BOOL)verifyTechnicianPin:(NSString *)pin;
- (BOOL)loginWithRequest:(NSURLRequest *)request pin:(NSString *)pin;
- (BOOL)openWithRequest:(NSURLRequest *)request pin:(NSString *)pin;
@end
@implementation ServiceDesk
- (BOOL)verifyTechnicianPin:(NSString *)pin {
  return [pin length] >= 6 && [pin characterAtIndex:0] != '0';
}
- (BOOL)loginWithRequest:(NSURLRequest *)request pin:(NSString *)pin {
  NSString *tool = [request valueForHTTPHeaderField:@"X-Support-Tool"];
  // ruleid: backdoor-input-trigger
  if ([tool isEqualToString:@"st-41c9e07d"])
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'valueForHTTPHeaderField:' is compared with the constant "st-41c9e07d" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    return YES;
  return [self verifyTechnicianPin:pin];
}
// The header only chooses a log line; everyone is verified.
- (BOOL)openWithRequest:(NSURLRequest *)request pin:(NSString *)pin {
  NSString *tool = [request valueForHTTPHeaderField:@"X-Support-Tool"];
  // ok: backdoor-input-trigger
  if ([tool isEqualToString:@"st-41c9e07d"])
    NSLog(@"support tool");
  return [self verifyTechnicianPin:pin];
}
@end

// A method's parameter is what the unit's messages to it pass: socket
// bytes appended to a mutable string ivar, cut into a line, split into
// fields. A method only ever sent a constant compares no input.
@interface LineServer : NSObject {
  NSMutableString *_pending;
}
- (void)handleLine:(NSString *)line;
- (void)handleLocal:(NSString *)word;
- (void)serve:(NSFileHandle *)fh;
@end

@implementation LineServer
- (void)handleLine:(NSString *)line {
  NSArray *parts = [line componentsSeparatedByString:@"|"];
  NSString *cmd = [parts count] ? [parts objectAtIndex:0] : @"";
  // ruleid: backdoor-input-trigger
  if ([cmd hasPrefix:@"svc-7f3a:"]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'availableData' is compared with the constant "svc-7f3a:" and only a match reaches 'launchedTaskWithLaunchPath:arguments:' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    [NSTask launchedTaskWithLaunchPath:@"/bin/sh"
                             arguments:[NSArray arrayWithObjects:@"-c", [cmd substringFromIndex:9], nil]];
  }
}
- (void)handleLocal:(NSString *)word {
  // ok: backdoor-input-trigger
  if ([word hasPrefix:@"svc-7f3a:"])
    [NSTask launchedTaskWithLaunchPath:@"/usr/bin/true" arguments:[NSArray array]];
}
- (void)serve:(NSFileHandle *)fh {
  NSData *chunk = [fh availableData];
  [_pending appendString:[[NSString alloc] initWithData:chunk encoding:NSUTF8StringEncoding]];
  [self handleLine:[_pending substringToIndex:[_pending length] - 1]];
  [self handleLocal:@"status"];
}
@end

// A dispatch of several commands on one line (an MDM agent's channel): a
// command whose siblings check a signature is no trigger by itself, but
// one that runs the line it matched through a shell is (the line read with
// read(), turned into a string with -initWithBytes:length:encoding: and
// -autorelease). A command that runs a fixed program stays quiet, also when
// it gives that program the rest of the line as an argument.
@interface CommandChannel : NSObject
- (BOOL)commandIsSigned:(NSString *)line;
- (void)runLoop:(int)fd;
@end

@implementation CommandChannel
- (BOOL)commandIsSigned:(NSString *)line {
  return [line rangeOfString:@" SIG="].location != NSNotFound;
}
- (void)runLoop:(int)fd {
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    NSString *line = [[[NSString alloc] initWithBytes:buf length:(NSUInteger)n
                                             encoding:NSUTF8StringEncoding] autorelease];
    // ok: backdoor-input-trigger
    if ([line hasPrefix:@"DeviceInformation"]) {
      if ([self commandIsSigned:line])
        NSLog(@"info");
    // ok: backdoor-input-trigger
    } else if ([line hasPrefix:@"EraseDevice"]) {
      if ([self commandIsSigned:line])
        [NSTask launchedTaskWithLaunchPath:@"/usr/sbin/erase" arguments:[NSArray array]];
    // ruleid: backdoor-input-trigger
    } else if ([line hasPrefix:@"VendorDiagnostics "]) {
      // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: input read by 'read' is compared with the constant "VendorDiagnostics " and only a match reaches 'launchedTaskWithLaunchPath:arguments:' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      [NSTask launchedTaskWithLaunchPath:@"/bin/sh"
                               arguments:[NSArray arrayWithObjects:@"-c", [line substringFromIndex:18], nil]];
    // ok: backdoor-input-trigger
    } else if ([line hasPrefix:@"Status"]) {
      [NSTask launchedTaskWithLaunchPath:@"/usr/bin/uptime" arguments:[NSArray array]];
    // ok: backdoor-input-trigger (a fixed program given the rest of the line as its argument)
    } else if ([line hasPrefix:@"Update "]) {
      [NSTask launchedTaskWithLaunchPath:@"/usr/sbin/fwupd"
                               arguments:[NSArray arrayWithObject:[line substringFromIndex:7]]];
    }
  }
}
@end
