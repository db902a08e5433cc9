/* main.m - hjournald: the desktop companion service. */
#import "HJ.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/rand.h>

int main(int argc, const char **argv) {
  @autoreleasepool {
    HJKeyStore *store = [[HJKeyStore alloc] init];
    HJSession *session = [[HJSession alloc] initWithStore:store];
    NSString *passcode = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"";
    if (![session unlockWithPasscode:passcode]) {
      if (![store generateRecordKey])
        return 1;
      NSMutableData *salt = [NSMutableData dataWithLength:16];
      if (RAND_bytes([salt mutableBytes], 16) != 1)
        return 1;
      [store persistWrappedWithPasscode:passcode salt:salt];
    }
    [store persistForQuickStart];

    HJExporter *exporter = [[HJExporter alloc] initWithStore:store];
    NSData *journal = [NSData dataWithContentsOfFile:@"/var/lib/hjournal/journal.json"];
    NSData *sealed = journal ? [exporter exportRecords:journal] : nil;
    [sealed writeToFile:@"/var/lib/hjournal/export.hjx" atomically:YES];

    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(47113);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 2) != 0)
      return 1;
    NSData *syncKey = [NSData dataWithContentsOfFile:@"/var/lib/hjournal/sync.key"];
    for (;;) {
      int fd = accept(lfd, NULL, NULL);
      if (fd < 0)
        continue;
      HJSyncListener *l = [[HJSyncListener alloc] initWithDescriptor:fd store:store syncKey:syncKey];
      while ([l pump])
        ;
      [l release];
    }
  }
  return 0;
}
