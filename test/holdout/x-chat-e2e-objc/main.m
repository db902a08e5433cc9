/* main.m - cedar-chat desktop: first-run setup. */
#import "CECore.h"

int main(int argc, const char **argv)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  if (sodium_init() < 0) {
    [pool release];
    return 1;
  }
  NSString *account = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"default";
  CEIdentity *me = [[CEIdentity alloc] initGenerating];
  [CEKeychain storeIdentitySecret:[me publicKeyData] account:account];
  [CEKeychain migrateLegacyItemsForAccount:account];
  NSLog(@"link code %@", [CELinking newLinkCode]);
  [CEBackup purgeExpiredBackupsAtPath:[NSHomeDirectory() stringByAppendingPathComponent:@".cedar/backups"]];
  [me release];
  [pool release];
  return 0;
}
