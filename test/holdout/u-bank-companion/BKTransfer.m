#import "BKCore.h"

#include <stdlib.h>

@implementation BKTransfer

/* Six-digit PIN the recipient of a quick transfer types at the ATM. */
- (unsigned)newTransferPin {
  // ruleid: backdoor-predictable-random
  _transferPin = (unsigned)(rand() % 1000000);
  return _transferPin;
}

- (unsigned)newRequestId {
  // ok: backdoor-predictable-random
  _requestId = (unsigned)random();
  return _requestId;
}

@end
