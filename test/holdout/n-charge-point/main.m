/* main.m - cpagentd: start-up and the main loop. */
#import "CP.h"

#include <unistd.h>

int main(void) {
  @autoreleasepool {
    static CPTLSContext tls;
    if (CPTLSInit(&tls, "/etc/voltaris/csms-ca.pem", "/etc/voltaris/cp.crt", "/etc/voltaris/cp.key") != 0) {
      NSLog(@"TLS set-up failed");
      return 1;
    }
    NSString *host = [[NSString stringWithContentsOfFile:@"/etc/voltaris/csms.host"
                                                encoding:NSUTF8StringEncoding
                                                   error:NULL]
        stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
    CPBackendLink *link = [[CPBackendLink alloc] initWithTLS:&tls host:host ? host : @"csms.voltaris.example"];
    CPMaintenanceServer *maint = [[CPMaintenanceServer alloc] initWithTLS:&tls];
    mbedtls_ssl_config local;
    CPConfigureLocalLink(&local, &tls);
    while (![link connect])
      sleep(10);
    for (;;) {
      [link tick];
      usleep(200000);
    }
    [maint release];
    [link release];
  }
  return 0;
}
