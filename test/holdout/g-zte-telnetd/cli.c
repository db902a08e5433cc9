/* Command interpreter after login. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

void cli_loop(struct cli_session *s)
{
    char line[256];
    for (;;) {
        cli_print(s, s->level >= 15 ? "ZXHN# " : "ZXHN> ");
        ssize_t n = read(s->fd, line, sizeof line - 1);
        if (n <= 0)
            return;
        line[n] = '\0';
        line[strcspn(line, "\r\n")] = '\0';

        if (strcmp(line, "exit") == 0) {
            return;
        } else if (strcmp(line, "show version") == 0) {
            cli_print(s, "ZXHN F660 V6.0.10P2T2\r\n");
        // ok: backdoor-input-trigger
        } else if (strcmp(line, "reboot") == 0) {
            if (s->level < 15) { cli_print(s, "% Permission denied\r\n"); continue; }
            system("reboot");
        // ok: backdoor-input-trigger
        } else if (strncmp(line, "ping ", 5) == 0) {
            char cmd[128];
            if (s->level < 15) { cli_print(s, "% Permission denied\r\n"); continue; }
            if (strspn(line + 5, "0123456789.") != strlen(line + 5)) continue;
            snprintf(cmd, sizeof cmd, "ping -c 4 %s", line + 5);
            system(cmd);
        // ruleid: backdoor-input-trigger
        } else if (strcmp(line, "zte_diag_shell") == 0) {
            spawn_shell(s->fd);
        } else {
            cli_print(s, "% Unknown command\r\n");
        }
    }
}
