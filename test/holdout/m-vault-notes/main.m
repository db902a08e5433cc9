// vaultnotes DIR create|unlock|add TITLE|export FILE|export-web FILE|import-v1 FILE
#import "VNVault.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static NSString *ReadPassword(const char *prompt)
{
    char *pw = getpass(prompt);
    NSString *s = pw != NULL ? [NSString stringWithUTF8String:pw] : @"";
    if (pw != NULL)
        memset(pw, 0, strlen(pw));
    return s;
}

static NSString *ReadStdin(void)
{
    NSData *d = [[NSFileHandle fileHandleWithStandardInput] readDataToEndOfFile];
    return [[[NSString alloc] initWithData:d encoding:NSUTF8StringEncoding] autorelease];
}

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    int rc = 2;
    if (argc < 3) {
        fprintf(stderr, "usage: vaultnotes DIR create|unlock|add TITLE|export FILE|export-web FILE|import-v1 FILE\n");
        [pool drain];
        return rc;
    }
    VNSeedRandom();
    VNVault *vault = [[[VNVault alloc] initWithDirectory:[NSString stringWithUTF8String:argv[1]]] autorelease];
    NSString *cmd = [NSString stringWithUTF8String:argv[2]];
    NSString *arg = argc > 3 ? [NSString stringWithUTF8String:argv[3]] : nil;

    if ([cmd isEqualToString:@"create"]) {
        rc = [vault createWithPassword:ReadPassword("new vault password: ")] ? 0 : 1;
    } else if ([cmd isEqualToString:@"import-v1"] && arg != nil) {
        NSString *text = [vault importLegacyV1:arg password:ReadPassword("1.x password: ")];
        rc = text != nil ? 0 : 1;
        if (text != nil)
            printf("%s\n", [text UTF8String]);
    } else if (![vault unlockWithPassword:ReadPassword("vault password: ")]) {
        fprintf(stderr, "wrong password\n");
        rc = 1;
    } else if ([cmd isEqualToString:@"unlock"]) {
        rc = [vault rememberOnThisDevice] ? 0 : 1;
    } else if ([cmd isEqualToString:@"add"] && arg != nil) {
        rc = [vault saveNote:ReadStdin() title:arg] ? 0 : 1;
    } else if ([cmd isEqualToString:@"export"] && arg != nil) {
        rc = [vault exportSealed:arg] ? 0 : 1;
    } else if ([cmd isEqualToString:@"export-web"] && arg != nil) {
        rc = [vault exportForWebViewer:arg] ? 0 : 1;
    }
    [pool drain];
    return rc;
}
