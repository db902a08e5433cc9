/* main.m - dvcore: the workstation's background service */
#import "DVCore.h"
#include <gcrypt.h>
#include <netdb.h>
#include <sys/socket.h>

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    DVAuditLog *audit = [[DVAuditLog alloc] init];
    DVStudyCache *cache = [[DVStudyCache alloc] initWithDelegate:audit];
    DVAnonymizer *anon = [[DVAnonymizer alloc] initWithSiteKey:nil];
    int lfd = socket(AF_INET, SOCK_STREAM, 0);

    gcry_check_version(NULL);
    gnutls_global_init();
    [cache expireIfNeeded];
    NSLog(@"pseudonym %@", [anon pseudonymForPatientID:argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"PAT-0001"]);
    if (lfd >= 0) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof ss;
        char host[NI_MAXHOST];
        int fd = accept(lfd, (struct sockaddr *)&ss, &len);
        if (fd >= 0 && getnameinfo((struct sockaddr *)&ss, len, host, sizeof host, NULL, 0, NI_NAMEREQD) == 0) {
            NSFileHandle *conn = [[[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:YES] autorelease];
            DVRemoteSupport *support = [[DVRemoteSupport alloc] initWithConnection:conn peerHost:[NSString stringWithUTF8String:host]];
            [support authenticateSessionWithTicket:[conn availableData]];
            [support release];
        }
    }
    [anon release];
    [cache release];
    [audit release];
    [pool drain];
    return 0;
}
