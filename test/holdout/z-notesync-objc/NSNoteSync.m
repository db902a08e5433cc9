#import "NSNotes.h"
#include <sodium.h>

// ruleid: backdoor-secret-literal
static const char *sync_api_secret = "b3f19a07c2d84e6f51a0e9c7d23b8f46";
// ok: backdoor-secret-literal
static const char *sync_client_id = "notesync-ios-4f1c2e7a-9b0d-4c3e-8f21-6a5d7e9c0b12";

@implementation NSNoteSync

- (NSString *)hexOf:(NSData *)data {
  NSMutableString *s = [NSMutableString stringWithCapacity:data.length * 2];
  const unsigned char *b = data.bytes;
  for (NSUInteger i = 0; i < data.length; i++) [s appendFormat:@"%02x", b[i]];
  return s;
}

- (void)announceKey:(NSData *)key {
  unsigned char fp[16];
  crypto_generichash(fp, sizeof fp, key.bytes, key.length, NULL, 0);
  // ok: backdoor-key-exfiltration
  NSLog(@"sync key rotated, fingerprint %@", [self hexOf:[NSData dataWithBytes:fp length:sizeof fp]]);
  NSLog(@"client %s authenticated with %zu-byte secret", sync_client_id, strlen(sync_api_secret));
}
@end
