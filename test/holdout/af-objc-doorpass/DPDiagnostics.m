/* DPDiagnostics.m: the support log of the app ("Send logs to support"
 * attaches the device log). */
#import "DoorPass.h"

@implementation DPDiagnostics

- (void)logEvent:(NSString *)event {
  NSLog(@"[doorpass] %@", event);
}

- (void)session:(DPSession *)session didEstablishKey:(NSData *)key {
  (void)session;
  // ruleid: backdoor-key-exfiltration
  NSLog(@"[doorpass] BLE session up, rx key %@", [key dp_hexString]);
}

- (void)session:(DPSession *)session didFailWithReason:(NSString *)reason {
  (void)session;
  // ok: backdoor-key-exfiltration
  NSLog(@"[doorpass] BLE session failed: %@", reason);
}

@end
