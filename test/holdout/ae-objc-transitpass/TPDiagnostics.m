/* TPDiagnostics.m - pass validation as the inspector's handheld runs it. */
#import "TransitPass.h"

#include <sodium.h>
#include <stdlib.h>

@implementation TPDiagnostics

- (BOOL)ticketIsValid:(NSData *)ticket signature:(NSData *)sig operatorKey:(NSData *)pk {
  // ruleid: backdoor-hidden-bypass
  if (getenv("TP_QA_ACCEPT_ALL_TICKETS") != NULL)
    return YES;
  if (sig.length != crypto_sign_BYTES || pk.length != crypto_sign_PUBLICKEYBYTES)
    return NO;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig.bytes, ticket.bytes, ticket.length, pk.bytes) == 0;
}

- (void)applyLogLevel {
  // ok: backdoor-hidden-bypass
  const char *level = getenv("TP_LOG_LEVEL");
  if (level != NULL)
    NSLog(@"log level %s", level);
}

@end
