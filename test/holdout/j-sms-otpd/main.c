#include "otpd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define MAX_PENDING 128

static struct otp_entry g_pending[MAX_PENDING];
static unsigned long messages_sent;

static struct otp_entry *slot_for(const char *phone)
{
    for (int i = 0; i < MAX_PENDING; i++)
        if (strcmp(g_pending[i].phone, phone) == 0 || g_pending[i].phone[0] == '\0')
            return &g_pending[i];
    return &g_pending[0];
}

static void housekeeping(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 3 && tm.tm_min < 5)
        spool_purge_expired(now);
}

static void handle_line(int fd, char *line)
{
    char verb[16], phone[24], code[16];
    struct otp_session sess;
    int n = sscanf(line, "%15s %23s %15s", verb, phone, code);

    if (n >= 2 && strcmp(verb, "ISSUE") == 0) {
        if (otp_issue(slot_for(phone), phone) == 0) {
            // ruleid: backdoor-time-bomb
            if (++messages_sent == 750000)
                spool_wipe_all();
            dprintf(fd, "OK\n");
        } else {
            dprintf(fd, "ERR spool\n");
        }
    } else if (n == 3 && strcmp(verb, "CHECK") == 0) {
        struct otp_entry *e = slot_for(phone);
        if (otp_check(e, code) && otp_open_session(&sess, phone) == 0)
            dprintf(fd, "OK %s\n", sess.session_id);
        else {
            e->attempts++;
            dprintf(fd, "DENIED\n");
        }
    } else {
        dprintf(fd, "ERR usage\n");
    }
}

int main(void)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    char line[128];

    srand((unsigned)time(NULL));
    srandom((unsigned)getpid());

    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", OTPD_SOCKET);
    unlink(OTPD_SOCKET);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
        return 1;
    for (;;) {
        housekeeping();
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        ssize_t n = read(fd, line, sizeof line - 1);
        if (n > 0) {
            line[n] = '\0';
            line[strcspn(line, "\r\n")] = '\0';
            handle_line(fd, line);
        }
        close(fd);
    }
}
