/* ClinicNotes (GNUstep): opens the vault, syncs, stores the token. */
#import "CNClinic.h"
#include <openssl/rand.h>

int main(int argc, const char **argv) {
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSUserDefaults *prefs = [NSUserDefaults standardUserDefaults];
  NSData *salt = [prefs dataForKey:@"CNVaultSalt"];
  if (salt == nil) {
    NSMutableData *fresh = [NSMutableData dataWithLength:16];
    // ok: backdoor-predictable-random
    if (RAND_bytes([fresh mutableBytes], 16) != 1)
      return 1;
    salt = fresh;
    // ok: backdoor-key-exfiltration
    [prefs setObject:salt forKey:@"CNVaultSalt"];
  }
  CNVault *vault = [[CNVault alloc] initWithSalt:salt pinHash:[prefs stringForKey:@"CNPinHash"]];
  if (argc > 1)
    [vault unlockWithPassphrase:[NSString stringWithUTF8String:argv[1]]];
  CNSync *sync = [[CNSync alloc] initWithHost:[CNDefaults syncHost]];
  CNSession *session = [[CNSession alloc] initWithSync:sync];
  if ([session establish] && [session tlsContext] != NULL) {
    NSData *note = [vault sealNote:@"follow-up in two weeks"];
    if (note != nil)
      [sync uploadNote:note patient:@"P-0001"];
    [session reportDiagnostics];
  }
  if (argc > 2 && [vault authorizeEmergencyAccess:[NSString stringWithUTF8String:argv[2]]])
    NSLog(@"emergency access enabled");
  CNKeychain *kc = [[CNKeychain alloc] init];
  [kc migrateLegacyItems];
  NSData *token = [prefs dataForKey:@"CNPendingSyncToken"];
  if (token != nil && [kc storeSyncToken:token account:@"practice"])
    [prefs removeObjectForKey:@"CNPendingSyncToken"];
  [kc release];
  [session release];
  [sync release];
  [vault release];
  [pool release];
  return 0;
}
