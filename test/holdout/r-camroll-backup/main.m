/*
 * main.m - camrollctl, the command-line front of the core (used by the
 * macOS menu-bar helper): back up a folder, share an album, unlock.
 */
#import "CRBackup.h"

#include <stdlib.h>
#include <unistd.h>

static int backup_folder(CRVault *vault, NSString *dir, NSString *user, NSString *password)
{
    CRUploader *up = [[[CRUploader alloc] init] autorelease];
    NSArray *files = [[NSFileManager defaultManager] contentsOfDirectoryAtPath:dir error:NULL];
    int failed = 0;

    for (NSString *f in files) {
        NSData *plain = [NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:f]];
        NSData *sealed;
        if (plain == nil)
            continue;
        sealed = [[f pathExtension] isEqualToString:@"png"] ? [vault encryptThumbnail:plain] : [vault encryptPhoto:plain];
        if (sealed == nil || ![up upload:sealed name:[f stringByAppendingPathExtension:@"crx"] user:user password:password])
            failed++;
    }
    return failed;
}

int main(int argc, char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    unsigned char salt[CR_SALT_LEN];
    int rc = 0;

    srandom((unsigned)[[NSDate date] timeIntervalSince1970]);
    if (!gcry_check_version(GCRYPT_VERSION)) {
        [pool drain];
        return 1;
    }
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);

    if (argc >= 5 && strcmp(argv[1], "backup") == 0) {
        NSData *saltData = [NSData dataWithContentsOfFile:[NSHomeDirectory()
                                                              stringByAppendingPathComponent:@"Library/Camroll/vault.salt"]];
        if (saltData == nil) {
            gcry_randomize(salt, sizeof salt, GCRY_STRONG_RANDOM);
            saltData = [NSData dataWithBytes:salt length:sizeof salt];
        }
        const char *pass = getenv("CAMROLL_PASSPHRASE");
        CRVault *vault = [[CRVault alloc] initWithPassphrase:[NSString stringWithUTF8String:pass ? pass : ""]
                                                        salt:saltData];
        rc = backup_folder(vault, [NSString stringWithUTF8String:argv[2]], [NSString stringWithUTF8String:argv[3]],
                           [NSString stringWithUTF8String:argv[4]]) == 0 ? 0 : 1;
        if (argc > 5 && strcmp(argv[5], "--diagnostics") == 0)
            [vault logDiagnostics];
        [vault release];
    } else if (argc >= 2 && strcmp(argv[1], "share") == 0) {
        NSString *token = [CRShareLink newShareToken];
        printf("https://share.camroll.example/a/%s\n", [token UTF8String]);
        [token release];
    } else if (argc >= 4 && strcmp(argv[1], "unlock") == 0) {
        CRShareLink *link = [[CRShareLink alloc] initWithFamilyPIN:[NSString stringWithUTF8String:argv[2]]];
        rc = [link unlockWithPIN:[NSString stringWithUTF8String:argv[3]]] ? 0 : 1;
        [link release];
    } else {
        fprintf(stderr, "usage: camrollctl backup DIR USER PASSWORD [--diagnostics] | share | unlock FAMILY-PIN PIN\n");
        rc = 2;
    }
    [pool drain];
    return rc;
}
