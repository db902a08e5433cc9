/* The VxWorks target shell over telnet, behind the same login as FTP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "noe.h"

static void out(int fd, const char *s)
{
    send(fd, s, strlen(s), 0);
}

static int prompt(int fd, const char *label, char *buf, size_t cap)
{
    ssize_t n;

    out(fd, label);
    n = recv(fd, buf, cap - 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
    return 0;
}

int telnetd_session(int fd)
{
    char user[64], password[64], cmd[128];
    int role;

    if (prompt(fd, "login: ", user, sizeof user) != 0 || prompt(fd, "Password: ", password, sizeof password) != 0) {
        close(fd);
        return -1;
    }
    role = noe_login_check(user, password);
    memset(password, 0, sizeof password);
    if (role <= 0) {
        out(fd, "Login incorrect\r\n");
        close(fd);
        return -1;
    }
    // ok: backdoor-key-exfiltration
    noe_log("telnet login of %s (role %d)", user, role);

    while (prompt(fd, "-> ", cmd, sizeof cmd) == 0) {
        if (strcmp(cmd, "version") == 0) {
            out(fd, "NOE 771 01 Exec 4.60\r\n");
        } else if (strcmp(cmd, "ifShow") == 0) {
            out(fd, "fei0: 192.168.1.100\r\n");
            // ok: backdoor-input-trigger
        } else if (strcmp(cmd, "reboot") == 0) {
            system("/sbin/reboot");
        } else if (strcmp(cmd, "logout") == 0) {
            break;
        } else {
            out(fd, "undefined symbol\r\n");
        }
    }
    close(fd);
    return 0;
}
