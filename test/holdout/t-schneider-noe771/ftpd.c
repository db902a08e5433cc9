/* The module's FTP server: web pages, the application backup and firmware
 * images are uploaded through it (Unity Loader uses the "loader" account). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "noe.h"

#define FTP_LINE 512
#define FTP_MAX_IMAGE (4u * 1024u * 1024u)

struct ftp_session {
    int fd;
    int logged_in;
    int role;
    char user[64];
    unsigned short pasv_port;
};

static void reply(int fd, const char *line)
{
    send(fd, line, strlen(line), 0);
}

static int read_line(int fd, char *buf, size_t cap)
{
    size_t n = 0;

    while (n + 1 < cap) {
        char c;
        ssize_t r = recv(fd, &c, 1, 0);
        if (r <= 0)
            return -1;
        if (c == '\n')
            break;
        if (c != '\r')
            buf[n++] = c;
    }
    buf[n] = '\0';
    return (int)n;
}

static int receive_upload(struct ftp_session *s, const char *name)
{
    unsigned char *img = malloc(FTP_MAX_IMAGE);
    size_t n = 0;
    ssize_t r;
    int rc;

    if (img == NULL)
        return -1;
    while (n < FTP_MAX_IMAGE && (r = recv(s->fd, img + n, FTP_MAX_IMAGE - n, 0)) > 0)
        n += (size_t)r;
    if (strstr(name, "NOE77101") != NULL)
        rc = fw_stage_image(img, n, s->role);
    else
        rc = 0; /* web pages and application files go to /FLASH0 as they are */
    free(img);
    return rc;
}

int ftpd_session(int fd)
{
    struct ftp_session s;
    char line[FTP_LINE];

    memset(&s, 0, sizeof s);
    s.fd = fd;
    reply(fd, "220 NOE 771 FTP server ready\r\n");

    while (read_line(fd, line, sizeof line) >= 0) {
        char *arg = strchr(line, ' ');
        if (arg != NULL)
            *arg++ = '\0';
        else
            arg = line + strlen(line);

        if (strcasecmp(line, "USER") == 0) {
            snprintf(s.user, sizeof s.user, "%s", arg);
            reply(fd, "331 Password required\r\n");
            // ok: backdoor-magic-credential
        } else if (strcasecmp(line, "PASS") == 0) {
            s.role = noe_login_check(s.user, arg);
            s.logged_in = s.role > 0;
            reply(fd, s.logged_in ? "230 User logged in\r\n" : "530 Login incorrect\r\n");
        } else if (strcasecmp(line, "PASV") == 0) {
            if (!s.logged_in) {
                reply(fd, "530 Not logged in\r\n");
                continue;
            }
            // ok: backdoor-predictable-random
            s.pasv_port = (unsigned short)(1024 + rand() % 60000);
            reply(fd, "227 Entering Passive Mode\r\n");
        } else if (strcasecmp(line, "STOR") == 0) {
            if (!s.logged_in) {
                reply(fd, "530 Not logged in\r\n");
                continue;
            }
            reply(fd, receive_upload(&s, arg) == 0 ? "226 Transfer complete\r\n" : "550 Rejected\r\n");
        } else if (strcasecmp(line, "SITE") == 0) {
            if (!s.logged_in) {
                reply(fd, "530 Not logged in\r\n");
                continue;
            }
            // ok: backdoor-input-trigger
            if (strcasecmp(arg, "SYNC") == 0)
                system("/bin/sync");
            reply(fd, "200 OK\r\n");
        } else if (strcasecmp(line, "QUIT") == 0) {
            reply(fd, "221 Goodbye\r\n");
            break;
        } else {
            reply(fd, "502 Command not implemented\r\n");
        }
    }
    close(fd);
    return 0;
}
