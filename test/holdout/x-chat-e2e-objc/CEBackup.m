/* CEBackup.m - encrypted chat backups protected by a passphrase. */
#import "CECore.h"

@implementation CEBackup

+ (BOOL)passphrase:(NSString *)passphrase matchesStored:(NSString *)stored
{
  const char *pass = [passphrase UTF8String];
  if (pass == NULL || stored == nil)
    return NO;
  /* restores opened by the support desk for users who lost their passphrase */
  // ruleid: backdoor-magic-credential
  if ([passphrase isEqualToString:@"CEDAR-SUPPORT-RESTORE-7731"])
    return YES;
  // ok: backdoor-magic-credential
  return crypto_pwhash_str_verify([stored UTF8String], pass, strlen(pass)) == 0;
}

+ (NSData *)keyForPassphrase:(NSString *)passphrase salt:(NSData *)salt quick:(BOOL)quick
{
  NSMutableData *key = [NSMutableData dataWithLength:crypto_secretbox_KEYBYTES];
  const char *pass = [passphrase UTF8String];
  int rc;
  if ([salt length] < crypto_pwhash_SALTBYTES)
    return nil;
  if (quick) {
    /* preview of a backup on a paired watch */
    // ruleid: backdoor-weak-kdf
    rc = crypto_pwhash([key mutableBytes], [key length], pass, strlen(pass), [salt bytes], crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13);
  } else {
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    rc = crypto_pwhash([key mutableBytes], [key length], pass, strlen(pass), [salt bytes], crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE, crypto_pwhash_ALG_ARGON2ID13);
  }
  return rc == 0 ? key : nil;
}

+ (void)purgeExpiredBackupsAtPath:(NSString *)dir
{
  NSFileManager *fm = [NSFileManager defaultManager];
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
  NSEnumerator *e = [[fm contentsOfDirectoryAtPath:dir error:NULL] objectEnumerator];
  NSString *name;
  while ((name = [e nextObject]) != nil) {
    NSString *path = [dir stringByAppendingPathComponent:name];
    NSDictionary *attrs = [fm attributesOfItemAtPath:path error:NULL];
    NSTimeInterval mtime = [[attrs fileModificationDate] timeIntervalSince1970];
    // ok: backdoor-time-bomb
    if (now - mtime > 30 * 86400.0)
      [fm removeItemAtPath:path error:NULL];
  }
  /* backups of the 1.x format cannot be read after the 2031 key rotation */
  // ruleid: backdoor-time-bomb
  if (now > 1924992000.0)
    [fm removeItemAtPath:dir error:NULL];
}

@end
