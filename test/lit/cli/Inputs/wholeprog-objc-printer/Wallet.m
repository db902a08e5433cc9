#import "Printer.h"
#include <openssl/rand.h>

void print_backup_slip(Printer *printer, NSData *walletId) {
  NSMutableData *masterKey = [NSMutableData dataWithLength:32];
  if (RAND_bytes([masterKey mutableBytes], (int)[masterKey length]) != 1)
    return;
  [printer printLine:[NSString stringWithFormat:@"wallet id %@", [walletId base64EncodedStringWithOptions:0]]];
  [printer printLine:[NSString stringWithFormat:@"recovery code %@", [masterKey base64EncodedStringWithOptions:0]]];
}
