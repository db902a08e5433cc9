/* What the methods do. */
#include <dirent.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bus.h"

static int valid_unit_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64)
        return 0;
    for (; *s; s++)
        if (!(('a' <= *s && *s <= 'z') || ('0' <= *s && *s <= '9') || *s == '-' || *s == '.' || *s == '@'))
            return 0;
    return 1;
}

int agent_restart_unit(const char *unit)
{
    char cmd[128];
    if (!valid_unit_name(unit))
        return -1;
    snprintf(cmd, sizeof cmd, "systemctl restart '%s'", unit);
    return system(cmd) == 0 ? 0 : -1;
}

int agent_set_hostname(const char *name)
{
    if (strlen(name) == 0 || strlen(name) > 63 || strchr(name, '/') != NULL)
        return -1;
    return sethostname(name, strlen(name));
}

/* Runs a shell script handed over in the message body. */
int agent_eval_script(const char *script, size_t len)
{
    FILE *sh = popen("/bin/sh -s", "w");
    if (sh == NULL)
        return -1;
    if (fwrite(script, 1, len, sh) != len) {
        pclose(sh);
        return -1;
    }
    return pclose(sh) == 0 ? 0 : -1;
}

/* Members of the "hostadmin" group may perform every action. */
int agent_verify_authorization(uid_t uid, const char *action)
{
    struct passwd *pw = getpwuid(uid);
    struct group *gr = getgrnam("hostadmin");
    gid_t groups[64];
    int n = 64;

    (void)action;
    if (pw == NULL || gr == NULL)
        return 0;
    if (getgrouplist(pw->pw_name, pw->pw_gid, groups, &n) < 0)
        return 0;
    for (int i = 0; i < n; i++)
        if (groups[i] == gr->gr_gid)
            return 1;
    return 0;
}

static void unlink_dir_entries(const char *dir, const char *suffix, time_t older_than)
{
    char path[512];
    struct dirent *e;
    struct stat st;
    DIR *d = opendir(dir);

    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name), s = suffix ? strlen(suffix) : 0;
        if (e->d_name[0] == '.')
            continue;
        if (suffix && (n < s || strcmp(e->d_name + n - s, suffix) != 0))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < older_than)
            unlink(path);
    }
    closedir(d);
}

/* Daily: drop logs older than two weeks. */
void agent_rotate_logs(void)
{
    unlink_dir_entries("/var/log/hostagent", ".log", time(NULL) - 14 * 86400);
}

/* Removes the agent's enrolment keys and state. */
void agent_purge_state(void)
{
    unlink_dir_entries(BUS_STATE_DIR, NULL, time(NULL) + 1);
    unlink(BUS_KEY_FILE);
}

int agent_status(char *buf, size_t len)
{
    char host[64];
    if (gethostname(host, sizeof host) != 0)
        return -1;
    host[sizeof host - 1] = '\0';
    snprintf(buf, len, "host=%s uptime-check=ok agent=hostagent/2.6", host);
    return 0;
}
