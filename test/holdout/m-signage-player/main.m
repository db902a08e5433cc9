// signage-player main loop
#import "DSPlayer.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void SendHeartbeat(NSString *playerId, NSString *host)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo([host UTF8String], "80", &hints, &res) != 0)
        return;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) == 0) {
        const char *req = [DSHeartbeatRequest(playerId, host) UTF8String];
        send(fd, req, strlen(req), MSG_NOSIGNAL);
    }
    if (fd >= 0)
        close(fd);
    freeaddrinfo(res);
}

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    if (sodium_init() < 0)
        return 1;
    NSString *playerId = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"unprovisioned";
    NSString *cms = argc > 2 ? [NSString stringWithUTF8String:argv[2]] : @"cms.signage.example";

    DSLicense *licence = [DSLicense licenseFromDirectory:nil];
    if (licence == nil || ![licence isValid]) {
        NSLog(@"no valid licence: playing the house loop only");
    }
    DSContent *content = [[DSContent alloc] initWithDeviceKeyFile:@"/etc/signage/device.key"];
    int lfd = DSControlListen();
    time_t last_beat = 0;
    for (;;) {
        NSAutoreleasePool *inner = [[NSAutoreleasePool alloc] init];
        struct pollfd p = {lfd, POLLIN, 0};
        if (lfd >= 0 && poll(&p, 1, 1000) > 0 && (p.revents & POLLIN))
            DSControlServe(lfd);
        time_t now = time(NULL);
        if (now - last_beat >= 60) {
            SendHeartbeat(playerId, cms);
            [content housekeeping];
            last_beat = now;
        }
        [inner drain];
    }
    [content release];
    [pool drain];
    return 0;
}
