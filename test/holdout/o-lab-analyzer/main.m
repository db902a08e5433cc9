#import "LAAnalyzer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    @autoreleasepool {
        LAResultStore *store;
        LAMaintenance *maint;
        LALink *link;
        struct sockaddr_in sa;
        int lfd, one = 1;

        if (sodium_init() < 0)
            return 1;
        store = [[LAResultStore alloc] initWithDirectory:@"/var/lib/lab-analyzer/results"];
        maint = [[LAMaintenance alloc] init];
        link = [[LALink alloc] initWithStore:store maintenance:maint];

        lfd = socket(AF_INET, SOCK_STREAM, 0);
        setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        memset(&sa, 0, sizeof sa);
        sa.sin_family = AF_INET;
        sa.sin_port = htons(5100);
        if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 1) != 0)
            return 1;
        for (;;) {
            unsigned char token[crypto_auth_BYTES];
            int fd = accept(lfd, NULL, NULL);
            NSFileHandle *fh;

            if (fd < 0)
                continue;
            if (read(fd, token, sizeof token) != (ssize_t)sizeof token ||
                ![link authenticateConnection:fd token:[NSData dataWithBytes:token length:sizeof token]])
                NSLog(@"LIS link not authenticated; orders will be refused");
            fh = [[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:YES];
            [link serveConnection:fh];
            [maint housekeeping];
        }
    }
    return 0;
}
