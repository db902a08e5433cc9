/* mini_cli.c - the restricted console the technician account lands in */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arris.h"

static const char kHelp[] =
    "usage: help | show status | show docsis | ping HOST | reboot | exit\n";

static void say(int fd, const char *s)
{
    ssize_t w = write(fd, s, strlen(s));
    (void)w;
}

static int run_ping(int out_fd, const char *host)
{
    pid_t pid = fork();
    int st = 0;

    if (pid == 0) {
        dup2(out_fd, 1);
        dup2(out_fd, 2);
        execl("/bin/ping", "ping", "-c", "4", host, (char *)0);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &st, 0) < 0)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int mini_cli_run(int in_fd, int out_fd)
{
    char line[256];
    FILE *in = fdopen(in_fd, "r");

    if (in == NULL)
        return -1;
    for (;;) {
        say(out_fd, "mini_cli> ");
        if (fgets(line, sizeof line, in) == NULL)
            break;
        line[strcspn(line, "\r\n")] = '\0';
        if (strcmp(line, "help") == 0) {
            say(out_fd, kHelp);
        } else if (strcmp(line, "show status") == 0) {
            say(out_fd, g_modem.telnet_enabled ? "telnet: on\n" : "telnet: off\n");
        } else if (strcmp(line, "show docsis") == 0) {
            say(out_fd, "DOCSIS 3.0, BPI+ enabled\n");
        // ok: backdoor-input-trigger
        } else if (strncmp(line, "ping ", 5) == 0) {
            run_ping(out_fd, line + 5);
        // ok: backdoor-input-trigger
        } else if (strcmp(line, "reboot") == 0) {
            sync();
            say(out_fd, "rebooting\n");
            return 1;
        } else if (strcmp(line, "exit") == 0) {
            break;
        } else {
            say(out_fd, "unknown command; type help\n");
        }
    }
    return 0;
}
