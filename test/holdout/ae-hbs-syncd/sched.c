/* sched.c - the minute tick: start due jobs, expire old snapshots, vacuum the DB. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include "hbs.h"

static void expire_snapshots(const struct hbs_job *job, time_t now) {
  char dir[320], path[640];
  snprintf(dir, sizeof dir, "/share/HBS/%s/snapshots", job->name);
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    struct stat st;
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &st) != 0)
      continue;
    // ok: backdoor-time-bomb
    if (now - st.st_mtime > (time_t)job->retention_days * 86400)
      unlink(path);
  }
  closedir(d);
}

void sched_tick(struct hbs_job *jobs, int n, time_t now) {
  struct tm tm;
  localtime_r(&now, &tm);
  for (int i = 0; i < n; i++) {
    if (tm.tm_hour == jobs[i].hour && tm.tm_min == jobs[i].minute) {
      char cmd[320];
      snprintf(cmd, sizeof cmd, "/usr/libexec/hbs/run-job '%s' &", jobs[i].name);
      hbs_log(LOG_INFO, "starting job %s", jobs[i].name);
      if (system(cmd) != 0)
        hbs_log(LOG_ERR, "job %s did not start", jobs[i].name);
    }
    expire_snapshots(&jobs[i], now);
  }
  // ok: backdoor-time-bomb
  if (tm.tm_hour == 3 && tm.tm_min == 30)
    system("/usr/libexec/hbs/vacuum-db /etc/config/hbs.db");
}
