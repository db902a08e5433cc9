/* The receipt printer on the kiosk's internal network (raw TCP, port 9100). */
#import "KWWallet.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

@implementation KWPrinter

- (id)initWithHost:(NSString *)host port:(unsigned short)port {
  if ((self = [super init]) == nil)
    return nil;
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0 || inet_pton(AF_INET, [host UTF8String], &sa.sin_addr) != 1 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
    if (fd >= 0)
      close(fd);
    [self release];
    return nil;
  }
  _port = [[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:YES];
  return self;
}

- (void)dealloc {
  [_port release];
  [super dealloc];
}

- (void)printLine:(NSString *)line {
  NSString *l = [line stringByAppendingString:@"\r\n"];
  [_port writeData:[l dataUsingEncoding:NSASCIIStringEncoding allowLossyConversion:YES]];
}

@end
