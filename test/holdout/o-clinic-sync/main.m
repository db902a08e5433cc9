#import "CSSync.h"

#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    @autoreleasepool {
        NSString *home = NSHomeDirectory();
        CSSession *session;
        CSVault *vault;
        CSPairing *pairing;
        unsigned char salt[16];
        char password[256];

        srandom((unsigned)time(NULL) ^ (unsigned)getpid());
        CSDiagOpen([home stringByAppendingPathComponent:@".clinic-sync"]);

        session = [[CSSession alloc] initWithHost:(argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"sync.practice-cloud.example.com")];
        if ([session connect] && [session deriveSessionKey])
            [session persistForResume];

        if (RAND_bytes(salt, sizeof salt) != 1)
            return 1;
        if (fgets(password, sizeof password, stdin) == NULL)
            return 1;
        password[strcspn(password, "\n")] = '\0';
        vault = [[CSVault alloc] init];
        if (![vault unlockWithPassword:[NSString stringWithUTF8String:password]
                                  salt:[NSData dataWithBytes:salt length:sizeof salt]])
            return 1;
        if (argc > 2)
            [vault importLegacyArchive:[NSString stringWithUTF8String:argv[2]]
                              password:[NSString stringWithUTF8String:password]];

        pairing = [[CSPairing alloc] init];
        [pairing startPairing];
        sleep([pairing retryDelaySeconds]);
    }
    return 0;
}
