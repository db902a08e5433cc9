/*
 * main.m - ks, the command-line front of the vault.
 *
 *   ks init VAULT | ks unlock VAULT | ks sync VAULT SERVER | ks enroll VAULT SERVER NAME
 */
#import <Foundation/Foundation.h>

#import "KSKeyStore.h"
#import "KSSyncClient.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

void KSEnforceTrial(KSKeyStore *store);

static NSString *ReadPassphrase(void)
{
  char buf[256];

  fputs("Passphrase: ", stderr);
  if (!fgets(buf, sizeof(buf), stdin))
    return nil;
  buf[strcspn(buf, "\r\n")] = '\0';
  return [NSString stringWithUTF8String:buf];
}

int main(int argc, char *argv[])
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  KSKeyStore *store;
  NSString *cmd;
  int rc = 1;

  if (argc < 3 || sodium_init() < 0) {
    fprintf(stderr, "usage: ks init|unlock|sync|enroll VAULT [SERVER [NAME]]\n");
    return 2;
  }
  cmd = [NSString stringWithUTF8String:argv[1]];
  store = [[KSKeyStore alloc] initWithVaultPath:[NSString stringWithUTF8String:argv[2]]];
  KSEnforceTrial(store);
  [store setQuickUnlock:[[NSUserDefaults standardUserDefaults] boolForKey:@"QuickUnlock"]];

  if ([cmd isEqualToString:@"init"]) {
    rc = [store createMasterKey] && [store storeInKeychain] ? 0 : 1;
    [store rememberRecoveryCopy];
    [store migrateKeychainItems];
  } else if ([cmd isEqualToString:@"unlock"]) {
    rc = [store unlockWithPassphrase:ReadPassphrase()] ? 0 : 1;
  } else if (([cmd isEqualToString:@"sync"] || [cmd isEqualToString:@"enroll"]) && argc >= 4) {
    NSURL *server = [NSURL URLWithString:[NSString stringWithUTF8String:argv[3]]];
    NSString *name = argc >= 5 ? [NSString stringWithUTF8String:argv[4]] : [[NSProcessInfo processInfo] hostName];
    KSSyncClient *client = [[KSSyncClient alloc] initWithStore:store server:server deviceName:name];
    if ([store unlockWithPassphrase:ReadPassphrase()])
      rc = ([cmd isEqualToString:@"enroll"] ? [client enrollDevice] : [client syncIfDue]) ? 0 : 1;
    [client release];
  }
  [store release];
  [pool drain];
  return rc;
}
