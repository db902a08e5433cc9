/* courierd: line protocol on stdin from the UI process. */
#import "CRCourier.h"

int main(int argc, const char **argv)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSString *dir = argc > 1 ? [NSString stringWithUTF8String:argv[1]]
                           : [NSHomeDirectory() stringByAppendingPathComponent:@".courier"];
  CRCourier *courier;
  char line[1024];

  if (sodium_init() < 0)
    return 1;
  if ((courier = [[CRCourier alloc] initWithDeviceKeysAt:dir]) == nil) {
    fprintf(stderr, "courierd: no device keys in %s\n", dir.UTF8String);
    return 1;
  }
  if (![courier openSessionWithRelay:[NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:@"relay.kx"]]])
    fprintf(stderr, "courierd: no relay session, receipts disabled\n");
  while (fgets(line, sizeof line, stdin) != NULL) {
    NSArray *parts = [[[NSString stringWithUTF8String:line]
        stringByTrimmingCharactersInSet:[NSCharacterSet newlineCharacterSet]]
        componentsSeparatedByString:@" "];
    NSString *verb = [parts objectAtIndex:0];

    if ([verb isEqualToString:@"announce"] && parts.count > 1) {
      NSData *sealed = [courier sealBroadcast:[[parts objectAtIndex:1] dataUsingEncoding:NSUTF8StringEncoding]];
      printf("%s\n", [[sealed description] UTF8String]);
    } else if ([verb isEqualToString:@"rotate"] && parts.count > 1) {
      NSDictionary *boxes = [courier rotateGroupKeyForMembers:[parts subarrayWithRange:NSMakeRange(1, parts.count - 1)]];
      // ok: backdoor-key-exfiltration
      [boxes writeToFile:[dir stringByAppendingPathComponent:@"group-keys.plist"] atomically:YES];
    } else if ([verb isEqualToString:@"backup"] && parts.count > 1) {
      unsigned char salt[crypto_pwhash_SALTBYTES];
      randombytes_buf(salt, sizeof salt);
      NSData *blob = [courier backupWithPassphrase:[parts objectAtIndex:1]
                                            compat:parts.count > 2
                                              salt:[NSData dataWithBytes:salt length:sizeof salt]];
      [blob writeToFile:[dir stringByAppendingPathComponent:@"backup.bin"] atomically:YES];
    }
  }
  [courier release];
  [pool drain];
  return 0;
}
