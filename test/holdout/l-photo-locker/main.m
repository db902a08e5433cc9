/* photolockerd: serves the album to the UI process over a local socket (stdin here). */
#import "PLVault.h"

#include <openssl/pem.h>

int main(int argc, const char **argv)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSString *root = argc > 1 ? [NSString stringWithUTF8String:argv[1]]
                            : [NSHomeDirectory() stringByAppendingPathComponent:@".photolocker"];
  PLVault *vault = [[PLVault alloc] initWithPath:root];
  char line[512];

  while (fgets(line, sizeof line, stdin) != NULL) {
    NSString *cmd = [[NSString stringWithUTF8String:line]
        stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
    NSArray *parts = [cmd componentsSeparatedByString:@" "];
    NSString *verb = parts.count > 0 ? [parts objectAtIndex:0] : @"";
    NSString *arg = parts.count > 1 ? [parts objectAtIndex:1] : @"";

    if ([verb isEqualToString:@"unlock"])
      puts([vault unlockWithPassphrase:arg] ? "ok" : "denied");
    else if ([verb isEqualToString:@"pin"])
      puts([vault unlockWithPIN:arg] ? "ok" : "denied");
    else if (vault.unlocked && [verb isEqualToString:@"thumb"]) {
      NSData *sealed = [vault sealThumbnail:PLReadFile(arg)];
      [sealed writeToFile:[arg stringByAppendingPathExtension:@"plt"] atomically:YES];
    } else if (vault.unlocked && [verb isEqualToString:@"share"] && parts.count > 2) {
      FILE *f = fopen([[parts objectAtIndex:2] fileSystemRepresentation], "r");
      EVP_PKEY *friendKey = f ? PEM_read_PUBKEY(f, NULL, NULL, NULL) : NULL;
      NSData *albumKey = PLDeriveSubkey(vault.masterKey, arg.UTF8String, 32);
      NSData *wrapped = parts.count > 3 && [[parts objectAtIndex:3] isEqualToString:@"v1"]
                            ? PLWrapAlbumKeyV1(friendKey, albumKey)
                            : PLWrapAlbumKeyV2(friendKey, albumKey);
      if (f)
        fclose(f);
      // ok: backdoor-key-exfiltration
      [wrapped writeToFile:[arg stringByAppendingPathExtension:@"key"] atomically:YES];
      EVP_PKEY_free(friendKey);
    }
  }
  [vault release];
  [pool drain];
  return 0;
}
