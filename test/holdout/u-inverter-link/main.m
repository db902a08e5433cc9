#import "SLCore.h"

#include <gcrypt.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, const char **argv) {
  (void)argc;
  (void)argv;
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  if (!gcry_check_version(GCRYPT_VERSION) || gnutls_global_init() < 0)
    return 1;
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(48899);
  if (udp < 0 || bind(udp, (struct sockaddr *)&sa, sizeof sa) != 0)
    return 1;
  SLDiscovery *discovery = [[SLDiscovery alloc] initWithFd:udp];
  SLPairing *pairing = [[SLPairing alloc] init];
  SLHousekeeping *hk = [[SLHousekeeping alloc] init];
  SLCloudLink *cloud = [[SLCloudLink alloc] initWithHost:@"uplink.sunlink-cloud.example"];
  for (int i = 0; i < 1000; i++) {
    [discovery serviceOnce];
    [hk tick];
  }
  NSData *recovery = [pairing recoveryBlob];
  if (recovery != nil)
    NSLog(@"recovery blob of %lu bytes", (unsigned long)[recovery length]);
  [cloud release];
  [hk release];
  [pairing release];
  [discovery release];
  close(udp);
  [pool release];
  return 0;
}
