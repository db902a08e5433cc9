/* The handheld's core service process. */
#import "FieldKit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  FKAccessController *access = [[FKAccessController alloc] init];
  FKVault *vault = [[FKVault alloc] initWithStorePath:@"/var/mobile/Library/FieldKit/vault"];
  FKMeterSession *meter = [[FKMeterSession alloc] init];
  FKSyncClient *sync = [[FKSyncClient alloc] init];
  unsigned char salt[crypto_pwhash_SALTBYTES];
  char line[256];
  int rc = 1;

  if (sodium_init() < 0)
    goto out;
  // ok: backdoor-hidden-bypass
  if (getenv("FK_VERBOSE") != NULL)
    NSLog(@"FieldKit core starting (verbose)");
  if (fgets(line, sizeof line, stdin) == NULL)
    goto out;
  line[strcspn(line, "\n")] = '\0';
  if (![access authorizeOperatorWithPasscode:[NSString stringWithUTF8String:line]])
    goto out;
  // ok: backdoor-predictable-random
  randombytes_buf(salt, sizeof salt);
  if (fgets(line, sizeof line, stdin) == NULL)
    goto out;
  line[strcspn(line, "\n")] = '\0';
  if (![vault unlockWithPassphrase:[NSString stringWithUTF8String:line] salt:[NSData dataWithBytes:salt length:sizeof salt]])
    goto out;
  // ok: backdoor-input-trigger
  if (argc == 2 && strcmp(argv[1], "--diagnostics") == 0)
    [vault exportDiagnostics];
  [meter nextChallenge];
  [meter pairWithBackend:[NSURL URLWithString:@"https://pairing.fieldkit-utility.example/v1"]];
  [sync startSync];
  [vault purgeExpiredRecords:[NSArray arrayWithObject:@"/var/mobile/Library/FieldKit/vault/records.db"]];
  rc = 0;
out:
  [sync release];
  [meter release];
  [vault release];
  [access release];
  [pool release];
  return rc;
}
