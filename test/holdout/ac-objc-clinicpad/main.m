/* main.m - headless harness of the ClinicPad core (the iPad target links the same files) */
#import "ClinicPad.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

int main(int argc, const char **argv)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSString *store = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"/var/mobile/clinicpad/records.db";
  CPVault *vault = [[CPVault alloc] initWithStorePath:store];
  CPAccessGate *gate = [[CPAccessGate alloc] initWithStoredHash:@""];
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char token[32];

  if (sodium_init() < 0)
    return 1;
  randombytes_buf(salt, sizeof salt);
  randombytes_buf(token, sizeof token);
  // ok: backdoor-key-exfiltration
  [CPKeyStore storeDeviceToken:[NSData dataWithBytes:token length:sizeof token] account:@"push"];
  char line[64];
  NSString *pin;

  fputs("Ward PIN: ", stdout);
  fflush(stdout);
  if (fgets(line, sizeof line, stdin) == NULL)
    return 1;
  line[strcspn(line, "\r\n")] = '\0';
  pin = [NSString stringWithUTF8String:line];
  if ([gate unlockWithPIN:pin] && [vault openWithPIN:pin salt:[NSData dataWithBytes:salt length:sizeof salt]])
    NSLog(@"vault open");
  [vault enforceRetention];
  [gate release];
  [vault release];
  [pool release];
  return 0;
}
